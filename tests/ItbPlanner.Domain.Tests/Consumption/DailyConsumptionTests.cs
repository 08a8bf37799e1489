using ItbPlanner.Domain.Consumption;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Consumption;

public class DailyConsumptionTests
{
    private static readonly MassConcentration At500 = MassConcentration.FromMicrogramsPerMilliliter(500);

    private static FlexPlan AcceptanceFlex() =>
        FlexCalculator.Evaluate(TestProtocols.Default(), new FlexRequest(FlexSchedule.Parse(["00:00 10mcg/h", "06:00 6mcg/h", "22:00 10mcg/h"]), At500));

    [Fact]
    public void A_flex_total_plus_every_allowed_bolus_sets_the_daily_volume()
    {
        var consumption = DailyConsumption.Flex(AcceptanceFlex(), new PatientBolusAllowance(Mass.FromMicrograms(50), 4));

        Assert.Equal(ConsumptionBasis.Flex, consumption.Basis);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(176), consumption.ProgrammedDose);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(200), consumption.BolusDose);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(376), consumption.TotalDose);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.4m), consumption.BolusVolume);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.752m), consumption.DailyVolume);
        Assert.Contains(consumption.Working, l => l.Contains("up to 4 × 50 mcg a day = 200 mcg/day", StringComparison.Ordinal));
        Assert.Contains(consumption.Working, l => l.Contains("0.352 mL/day flex 24-hour total + 0.4 mL/day maximum daily boluses = 0.752 mL/day", StringComparison.Ordinal));
    }

    [Fact]
    public void A_flex_schedule_without_boluses_uses_its_24_hour_total_and_says_so()
    {
        var consumption = DailyConsumption.Flex(AcceptanceFlex());

        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.352m), consumption.DailyVolume);
        Assert.Equal(MassFlow.Zero, consumption.BolusDose);
        Assert.Contains(consumption.Working, l => l.Contains("flex 24-hour total, 0.352 mL/day", StringComparison.Ordinal));
    }

    [Fact]
    public void A_continuous_dose_plus_a_bolus_allowance_adds_the_bolus_volume()
    {
        var consumption = DailyConsumption.Continuous(MassFlow.FromMicrogramsPerDay(400), At500, new PatientBolusAllowance(Mass.FromMicrograms(25), 2));

        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.8m), consumption.ProgrammedVolume);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.9m), consumption.DailyVolume);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(450), consumption.TotalDose);
    }

    [Fact]
    public void A_programmed_rate_keeps_its_volume_and_derives_its_dose()
    {
        var consumption = DailyConsumption.AtRate(VolumeFlow.FromMillilitersPerDay(0.372m), At500);

        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.372m), consumption.DailyVolume);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(186), consumption.ProgrammedDose);
        Assert.Single(consumption.Working);
    }

    [Fact]
    public void A_bolus_allowance_in_milligrams_converts_exactly()
    {
        var allowance = new PatientBolusAllowance(Mass.FromMilligrams(0.05m), 3);

        Assert.Equal(MassFlow.FromMicrogramsPerDay(150), allowance.DailyAllowance);
    }

    [Fact]
    public void Bad_bolus_inputs_are_refused_naming_the_input()
    {
        InvalidInput.Named("--bolus", () => _ = new PatientBolusAllowance(Mass.Zero, 4));
        InvalidInput.Named("--bolus", () => _ = new PatientBolusAllowance(Mass.FromMicrograms(-5), 4));
        InvalidInput.Named("--max-boluses-per-day", () => _ = new PatientBolusAllowance(Mass.FromMicrograms(50), 0));
        InvalidInput.Named("--max-boluses-per-day", () => _ = new PatientBolusAllowance(Mass.FromMicrograms(50), -1));
    }
}
