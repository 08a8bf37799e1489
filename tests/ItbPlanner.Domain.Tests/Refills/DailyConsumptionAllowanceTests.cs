using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Testing;
using ItbPlanner.Units;

namespace ItbPlanner.Domain.Tests.Refills;

public class DailyConsumptionAllowanceTests
{
    private static readonly Protocol Protocol = TestProtocols.Default();
    private static readonly MassConcentration At500 = MassConcentration.FromMicrogramsPerMilliliter(500);
    private static readonly DateOnly RefillDate = new(2026, 11, 23);

    private static FlexPlan AcceptanceFlex() =>
        FlexCalculator.Evaluate(Protocol, new FlexRequest(FlexScheduleText.Parse(["00:00 10mcg/h", "06:00 6mcg/h", "22:00 10mcg/h"]), At500));

    private static RefillPlan Refill(DailyConsumption consumption) =>
        RefillCalculator.Plan(new RefillRequest(Protocol.FindPump("synchromed-ii-40")!, At500, consumption, RefillDate), Protocol);

    [Fact]
    public void A_flex_schedule_consumes_its_24_hour_total_and_its_lowest_step_is_the_programmed_rate()
    {
        var consumption = DailyConsumption.FromFlex(AcceptanceFlex());

        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.352m), consumption.DailyVolume);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(176), consumption.Dose);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.288m), consumption.ProgrammedRate); // 6 mcg/h = 144 mcg/day at 500 mcg/mL
        Assert.Equal(consumption.DailyVolume, consumption.ProgrammedVolume);
        Assert.Contains(consumption.Working, l => l.Contains("flex 24-hour total, 0.352 mL/day", StringComparison.Ordinal));
    }

    [Fact]
    public void A_flex_total_plus_every_allowed_bolus_sets_the_daily_volume()
    {
        var consumption = DailyConsumption.FromFlex(AcceptanceFlex()).WithPatientBoluses(new PatientBolusAllowance(Mass.FromMicrograms(50), 4), At500);

        Assert.Equal(MassFlow.FromMicrogramsPerDay(176), consumption.Dose);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.4m), consumption.PatientBolusVolume);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.752m), consumption.DailyVolume);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.352m), consumption.ProgrammedVolume);
        Assert.Contains(consumption.Working, l => l.Contains("up to 4 × 50 mcg a day = 200 mcg/day ÷ 500 mcg/mL = 0.4 mL/day", StringComparison.Ordinal));
        Assert.Contains(consumption.Working, l => l.Contains("0.352 mL/day programmed + 0.4 mL/day maximum daily patient boluses = 0.752 mL/day", StringComparison.Ordinal));
    }

    [Fact]
    public void A_continuous_dose_plus_a_bolus_allowance_adds_the_bolus_volume()
    {
        var consumption = DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(400), At500).WithPatientBoluses(new PatientBolusAllowance(Mass.FromMicrograms(25), 2), At500);

        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.8m), consumption.ProgrammedRate);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.9m), consumption.DailyVolume);
    }

    [Fact]
    public void A_bolus_allowance_in_milligrams_converts_exactly()
    {
        Assert.Equal(MassFlow.FromMicrogramsPerDay(150), new PatientBolusAllowance(Mass.FromMilligrams(0.05m), 3).DailyAllowance);
    }

    [Fact]
    public void A_bolus_allowance_moves_the_refill_by_date_earlier()
    {
        // 186 mcg/day at 500 mcg/mL = 0.372 mL/day: 40 mL reaches the 2 mL alarm in 102 days. Four 25 mcg boluses a day
        // add 0.2 mL/day: 0.572 mL/day reaches it in 66 days.
        var plain = Refill(DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(186), At500));
        var withBoluses = Refill(DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(186), At500)
            .WithPatientBoluses(new PatientBolusAllowance(Mass.FromMicrograms(25), 4), At500));

        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.572m), withBoluses.DailyVolume);
        Assert.Equal(RefillDate.AddDays(102), plain.AlarmDate);
        Assert.Equal(RefillDate.AddDays(66), withBoluses.AlarmDate);
        Assert.True(withBoluses.RefillByDate < plain.RefillByDate);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(186), withBoluses.DailyDose);
        Assert.Contains(withBoluses.Working, l => l.Contains("maximum daily patient boluses", StringComparison.Ordinal));
    }

    [Fact]
    public void A_flex_lowest_step_below_the_pump_minimum_is_blocked()
    {
        // 0.5 mcg/h = 12 mcg/day at 500 mcg/mL = 0.024 mL/day, below the SynchroMed II minimum of 0.048 mL/day.
        var flex = FlexCalculator.Evaluate(Protocol, new FlexRequest(FlexScheduleText.Parse(["00:00 10mcg/h", "06:00 0.5mcg/h"]), At500));

        var error = Assert.Throws<Errors.ProtocolLimitException>(() => Refill(DailyConsumption.FromFlex(flex)));

        Assert.Equal(Alerts.AlertCodes.RateBelowPumpMinimum, error.Code);
    }

    [Fact]
    public void A_second_allowance_is_refused()
    {
        var once = DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(186), At500).WithPatientBoluses(new PatientBolusAllowance(Mass.FromMicrograms(25), 4), At500);

        Assert.Throws<InvalidOperationException>(() => once.WithPatientBoluses(new PatientBolusAllowance(Mass.FromMicrograms(25), 4), At500));
    }

    [Fact]
    public void Bad_bolus_inputs_are_refused_naming_the_input()
    {
        InvalidInput.Named("bolus dose", () => _ = new PatientBolusAllowance(Mass.Zero, 4));
        InvalidInput.Named("bolus dose", () => _ = new PatientBolusAllowance(Mass.FromMicrograms(-5), 4));
        InvalidInput.Named("boluses per day", () => _ = new PatientBolusAllowance(Mass.FromMicrograms(50), 0));
        InvalidInput.Named("boluses per day", () => _ = new PatientBolusAllowance(Mass.FromMicrograms(50), -1));
        InvalidInput.Named("concentration", () => DailyConsumption.FromDose(MassFlow.FromMicrogramsPerDay(186), At500).WithPatientBoluses(new PatientBolusAllowance(Mass.FromMicrograms(25), 4), MassConcentration.Zero));
    }

    [Fact]
    public void With_flex_and_boluses_the_refill_by_date_is_never_after_the_alarm_less_the_margin()
    {
        var margin = Protocol.Refill.MarginDays.Value;
        var cases =
            from night in Gen.Choose(1, 20)
            from day in Gen.Choose(1, 20)
            from bolus in Gen.Choose(5, 100)
            from count in Gen.Choose(1, 8)
            from strength in Gen.Elements(500m, 1000m, 2000m)
            from offset in Gen.Choose(0, 365)
            select (night, day, bolus, count, strength, offset);

        Check.QuickThrowOnFailure(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var concentration = MassConcentration.FromMicrogramsPerMilliliter(c.strength);
            var flex = FlexCalculator.Evaluate(Protocol, new FlexRequest(
                new FlexSchedule([new FlexStep(TimeOnly.MinValue, MassFlow.FromMicrogramsPerHour(c.night)), new FlexStep(new TimeOnly(7, 0), MassFlow.FromMicrogramsPerHour(c.day))]),
                concentration));
            var consumption = DailyConsumption.FromFlex(flex).WithPatientBoluses(new PatientBolusAllowance(Mass.FromMicrograms(c.bolus), c.count), concentration);
            RefillPlan plan;
            try
            {
                plan = RefillCalculator.Plan(new RefillRequest(Protocol.FindPump("synchromed-ii-40")!, concentration, consumption, RefillDate.AddDays(c.offset)), Protocol);
            }
            catch (Errors.ProtocolLimitException)
            {
                return true; // a rate the pump cannot deliver: nothing to schedule
            }

            return plan.RefillByDate <= plan.AlarmDate.AddDays(-margin)
                && plan.RefillByDate <= plan.WorstCaseEmptyDate.AddDays(-margin)
                && plan.DailyVolume == consumption.DailyVolume;
        }));
    }
}
