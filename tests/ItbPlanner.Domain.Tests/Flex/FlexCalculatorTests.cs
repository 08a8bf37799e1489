using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;
using ItbPlanner.Units;

namespace ItbPlanner.Domain.Tests.Flex;

public class FlexCalculatorTests
{
    private static readonly Protocol Protocol = TestProtocols.Default();
    private static readonly MassConcentration At500 = MassConcentration.FromMicrogramsPerMilliliter(500);

    private static FlexPlan Evaluate(PumpModel? pump, Population population, params string[] steps) =>
        FlexCalculator.Evaluate(Protocol, new FlexRequest(FlexScheduleText.Parse(steps), At500, pump, population));

    private static FlexPlan Evaluate(params string[] steps) => Evaluate(Protocol.FindPump("synchromed-ii-40"), Population.Adult, steps);

    private static string[] Codes(FlexPlan plan) => plan.Alerts.Select(a => a.Code).ToArray();

    [Fact]
    public void Three_steps_total_176_mcg_a_day_and_0_352_mL_a_day_at_500_mcg_per_mL()
    {
        var plan = Evaluate("00:00 10mcg/h", "06:00 6mcg/h", "22:00 10mcg/h");

        Assert.Equal(MassFlow.FromMicrogramsPerDay(176), plan.DailyDose);
        Assert.Equal(176m, plan.DailyDose.MicrogramsPerDay);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.352m), plan.DailyVolume);
        Assert.Equal([60m, 96m, 20m], plan.Steps.Select(s => s.Dose.Micrograms));
        Assert.Equal([new TimeOnly(6, 0), new TimeOnly(22, 0), TimeOnly.MinValue], plan.Steps.Select(s => s.End));
        Assert.Equal([6m, 16m, 2m], plan.Steps.Select(s => s.Length.Hours));
        Assert.True(plan.Steps[^1].EndsAtMidnight);
        Assert.Equal(13, plan.StepLimit);
        Assert.DoesNotContain(plan.Alerts, a => a.Severity == AlertSeverity.Critical);
        Assert.Contains(plan.Working, l => l.Contains("6 mcg/h × 16 h = 96 mcg", StringComparison.Ordinal));
        Assert.Contains(plan.Working, l => l.Contains("= 176 mcg/day", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rate_in_mcg_per_day_is_the_hourly_rate_times_24()
    {
        var perDay = Evaluate("00:00 240mcg/day", "12:00 120mcg/day");
        var perHour = Evaluate("00:00 10mcg/h", "12:00 5mcg/h");

        Assert.Equal(MassFlow.FromMicrogramsPerDay(180), perDay.DailyDose);
        Assert.Equal(perHour.DailyDose, perDay.DailyDose);
        Assert.Equal(perHour.Steps.Select(s => s.Dose), perDay.Steps.Select(s => s.Dose));
        Assert.Contains(perDay.Working, l => l.Contains("240 mcg/day (= 10 mcg/h)", StringComparison.Ordinal));
    }

    [Fact]
    public void Steps_of_part_hours_are_timed_to_the_minute()
    {
        var plan = Evaluate("00:00 12mcg/h", "07:30 6mcg/h");

        Assert.Equal(Mass.FromMicrograms(90), plan.Steps[0].Dose);
        Assert.Equal(Mass.FromMicrograms(99), plan.Steps[1].Dose);
        Assert.Contains(plan.Working, l => l.Contains("7 h 30 min", StringComparison.Ordinal));
    }

    [Fact]
    public void A_schedule_that_does_not_start_at_midnight_is_refused()
    {
        var error = InvalidInput.Named(FlexSchedule.Input, () => FlexScheduleText.Parse(["06:00 10mcg/h", "22:00 6mcg/h"]));
        Assert.Contains("00:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_or_out_of_order_time_is_refused()
    {
        var repeated = InvalidInput.Named(FlexSchedule.Input, () => FlexScheduleText.Parse(["00:00 10mcg/h", "06:00 6mcg/h", "06:00 8mcg/h"]));
        var backwards = InvalidInput.Named(FlexSchedule.Input, () => FlexScheduleText.Parse(["00:00 10mcg/h", "22:00 6mcg/h", "06:00 8mcg/h"]));

        Assert.Contains("repeats", repeated.Message, StringComparison.Ordinal);
        Assert.Contains("comes before", backwards.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("06:00 6")]
    [InlineData("06:00")]
    [InlineData("6am 6mcg/h")]
    [InlineData("24:00 6mcg/h")]
    [InlineData("06:60 6mcg/h")]
    [InlineData("06:00 6mL/day")]
    [InlineData("06:00 0mcg/h")]
    [InlineData("06:00 -2mcg/h")]
    [InlineData("")]
    public void A_step_that_is_not_a_time_and_a_positive_dose_rate_is_refused(string text)
    {
        InvalidInput.Named(FlexSchedule.Input, () => FlexStepText.Parse(text));
    }

    [Fact]
    public void An_empty_schedule_is_refused()
    {
        InvalidInput.Named(FlexSchedule.Input, () => _ = new FlexSchedule([]));
    }

    [Fact]
    public void A_step_with_seconds_is_refused()
    {
        InvalidInput.Named(FlexSchedule.Input, () => _ = new FlexStep(new TimeOnly(6, 0, 30), MassFlow.FromMicrogramsPerHour(5)));
    }

    [Fact]
    public void A_non_positive_concentration_and_a_constant_flow_pump_are_refused()
    {
        var schedule = FlexScheduleText.Parse(["00:00 10mcg/h"]);
        var constantFlow = new PumpModel(
            "constant",
            "Constant-flow test pump",
            PumpKind.ConstantFlow,
            TestProtocols.S(Volume.FromMilliliters(30), "pumps.constant.capacity"),
            TestProtocols.S(Volume.FromMilliliters(2), "pumps.constant.lowReservoirAlarm"),
            TestProtocols.S(new Percentage(10), "pumps.constant.accuracy"),
            FixedRate: TestProtocols.S(VolumeFlow.FromMillilitersPerDay(1), "pumps.constant.fixedRate"));

        InvalidInput.Named("concentration", () => FlexCalculator.Evaluate(Protocol, new FlexRequest(schedule, MassConcentration.Zero)));
        InvalidInput.Named("pump", () => FlexCalculator.Evaluate(Protocol, new FlexRequest(schedule, At500, constantFlow)));
    }

    private static string[] Hourly(int count, int mcgPerHour = 10) =>
        Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i:00}:00 {mcgPerHour}mcg/h")).ToArray();

    [Fact]
    public void More_steps_than_the_pump_accepts_is_critical()
    {
        var thirteen = Evaluate(Hourly(13));
        var fourteen = Evaluate(Hourly(14));

        Assert.DoesNotContain(AlertCodes.TooManySteps, Codes(thirteen));
        var alert = Assert.Single(fourteen.Alerts, a => a.Code == AlertCodes.TooManySteps);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Contains(fourteen.Working, l => l.Contains("pumps.synchromed-ii-40.maxFlexSteps", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_pump_step_limit_the_strictest_limit_in_the_protocol_gives_a_warning()
    {
        var noPump = Evaluate(null, Population.Adult, Hourly(14));
        var prometra = Evaluate(Protocol.FindPump("prometra-ii-20"), Population.Adult, Hourly(14));

        Assert.Equal(AlertSeverity.Warning, Assert.Single(noPump.Alerts, a => a.Code == AlertCodes.TooManySteps).Severity);
        Assert.Equal(AlertSeverity.Warning, Assert.Single(prometra.Alerts, a => a.Code == AlertCodes.TooManySteps).Severity);
        Assert.Equal(13, noPump.StepLimit);
        Assert.Contains(noPump.Working, l => l.Contains("no pump given", StringComparison.Ordinal));
        Assert.Contains(prometra.Working, l => l.Contains("no step limit for Flowonix Prometra II 20 mL", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_any_step_limit_in_the_protocol_the_step_count_is_not_checked()
    {
        var protocol = Protocol with { Pumps = [Protocol.FindPump("prometra-ii-20")!] };

        var plan = FlexCalculator.Evaluate(protocol, new FlexRequest(FlexScheduleText.Parse(Hourly(20)), At500));

        Assert.Null(plan.StepLimit);
        Assert.DoesNotContain(AlertCodes.TooManySteps, Codes(plan));
        Assert.Contains(plan.Working, l => l.Contains("not checked", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rise_of_more_than_the_step_jump_limit_is_flagged_and_a_rise_of_exactly_the_limit_is_not()
    {
        var doubled = Evaluate("00:00 5mcg/h", "08:00 10mcg/h", "16:00 5mcg/h");
        var more = Evaluate("00:00 5mcg/h", "08:00 10.1mcg/h", "16:00 5mcg/h");

        Assert.DoesNotContain(AlertCodes.StepJumpAboveLimit, Codes(doubled));
        var alert = Assert.Single(more.Alerts, a => a.Code == AlertCodes.StepJumpAboveLimit);
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
        Assert.Contains("At 08:00", alert.Message, StringComparison.Ordinal);
        Assert.Contains(more.Working, l => l.Contains("flex.maximumStepJump", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rise_at_midnight_from_the_last_step_to_the_first_is_checked()
    {
        var plan = Evaluate("00:00 20mcg/h", "12:00 5mcg/h");

        var alert = Assert.Single(plan.Alerts, a => a.Code == AlertCodes.StepJumpAboveLimit);
        Assert.Contains("midnight", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_falling_rate_is_no_jump()
    {
        var plan = Evaluate("00:00 5mcg/h", "06:00 1mcg/h", "12:00 2mcg/h", "18:00 4mcg/h");

        Assert.DoesNotContain(AlertCodes.StepJumpAboveLimit, Codes(plan));
    }

    [Fact]
    public void A_daily_dose_typed_as_an_hourly_rate_is_reported_even_when_the_total_is_blocked()
    {
        var error = Assert.Throws<ProtocolLimitException>(() => Evaluate("00:00 400mcg/h"));

        Assert.Equal(AlertCodes.DoseAboveHardLimit, error.Code);
        var suspicion = Assert.Single(error.Alerts, a => a.Code == AlertCodes.RateLooksLikeDailyDose);
        Assert.Equal(AlertSeverity.Critical, suspicion.Severity);
        Assert.Contains("400 mcg/day", suspicion.Message, StringComparison.Ordinal);
        Assert.Contains(error.Alerts, a => a.Code == AlertCodes.DoseAboveHardLimit);
        Assert.Contains(AlertCodes.RateLooksLikeDailyDose, error.Message, StringComparison.Ordinal);
        Assert.Same(error.Blocking, error.Alerts.Single(a => a.Code == AlertCodes.DoseAboveHardLimit));
    }

    [Fact]
    public void A_short_step_whose_hourly_rate_looks_like_a_daily_dose_is_blocked_by_the_hourly_limit_and_named()
    {
        // 400 mcg/h for 10 minutes is 66.7 mcg and the day totals about 305 mcg, but no pump rate may run above the largest
        // screening bolus an hour (issue 9): the rate is refused, and the likely daily dose is named beside it.
        var error = Assert.Throws<ProtocolLimitException>(() => Evaluate("00:00 10mcg/h", "08:00 400mcg/h", "08:10 10mcg/h"));

        Assert.Equal(AlertCodes.HourlyDoseAboveBolusLimit, error.Code);
        Assert.Contains(error.Alerts, a => a.Code == AlertCodes.RateLooksLikeDailyDose);
        Assert.DoesNotContain(error.Alerts, a => a.Code == AlertCodes.DoseAboveUsualRange);
        Assert.Contains(AlertCodes.RateLooksLikeDailyDose, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00 100mcg/h")] // 2400 mcg/day is above the ceiling, and 100 mcg/day could be programmed
    [InlineData("00:00 1000mcg/h")] // 1000 mcg/day is above the usual range, yet within the ceiling: still programmable
    public void An_hourly_rate_whose_number_is_a_programmable_daily_dose_is_taken_for_one(string step)
    {
        var error = Assert.Throws<ProtocolLimitException>(() => Evaluate(step));

        Assert.Contains(error.Alerts, a => a.Code == AlertCodes.RateLooksLikeDailyDose);
    }

    [Fact]
    public void An_hourly_rate_whose_number_is_above_the_ceiling_even_per_day_is_not_taken_for_a_daily_dose()
    {
        var error = Assert.Throws<ProtocolLimitException>(() => Evaluate("00:00 2500mcg/h"));

        Assert.DoesNotContain(error.Alerts, a => a.Code == AlertCodes.RateLooksLikeDailyDose);
        Assert.Contains(error.Alerts, a => a.Code == AlertCodes.HourlyDoseAboveBolusLimit);
    }

    [Fact]
    public void An_hourly_rate_whose_number_per_day_the_pump_cannot_deliver_is_not_taken_for_a_daily_dose()
    {
        // At 2000 mcg/mL the SynchroMed II's 0.048 mL/day minimum delivers 96 mcg/day: 90 mcg/day could not be programmed.
        var at2000 = MassConcentration.FromMicrogramsPerMilliliter(2000);
        var request = new FlexRequest(FlexScheduleText.Parse(["00:00 90mcg/h"]), at2000, Protocol.FindPump("synchromed-ii-40"));

        var error = Assert.Throws<ProtocolLimitException>(() => FlexCalculator.Evaluate(Protocol, request));

        Assert.Equal(AlertCodes.DoseAboveHardLimit, error.Code);
        Assert.DoesNotContain(error.Alerts, a => a.Code == AlertCodes.RateLooksLikeDailyDose);
    }

    [Fact]
    public void The_usual_range_in_a_daily_dose_suspicion_is_the_origins()
    {
        var request = new FlexRequest(FlexScheduleText.Parse(["00:00 250mcg/h"]), At500, null, Population.Adult, TitrationOrigin.Cerebral);

        var error = Assert.Throws<ProtocolLimitException>(() => FlexCalculator.Evaluate(Protocol, request));

        var suspicion = Assert.Single(error.Alerts, a => a.Code == AlertCodes.RateLooksLikeDailyDose);
        Assert.Contains("usual adult cerebral range", suspicion.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_below_the_pumps_minimum_rate_is_a_hard_stop_naming_the_pump()
    {
        var at2000 = MassConcentration.FromMicrogramsPerMilliliter(2000);
        var request = new FlexRequest(FlexScheduleText.Parse(["00:00 1mcg/h", "06:00 5mcg/h"]), at2000, Protocol.FindPump("synchromed-ii-20"));

        var error = Assert.Throws<ProtocolLimitException>(() => FlexCalculator.Evaluate(Protocol, request));

        Assert.Equal(AlertCodes.RateBelowPumpMinimum, error.Code);
        Assert.Contains("synchromed-ii-20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_typed_as_a_daily_dose_is_never_taken_for_one()
    {
        var plan = Evaluate("00:00 400mcg/day");

        Assert.DoesNotContain(AlertCodes.RateLooksLikeDailyDose, Codes(plan));
    }

    [Fact]
    public void A_total_above_the_usual_range_is_a_warning()
    {
        var plan = Evaluate("00:00 35mcg/h");

        Assert.Equal(MassFlow.FromMicrogramsPerDay(840), plan.DailyDose);
        Assert.Equal(AlertSeverity.Warning, Assert.Single(plan.Alerts, a => a.Code == AlertCodes.DoseAboveUsualRange).Severity);
    }

    [Fact]
    public void A_total_above_the_hard_ceiling_of_the_population_is_blocked()
    {
        var adult = Evaluate(null, Population.Adult, "00:00 50mcg/h");
        var child = Assert.Throws<ProtocolLimitException>(() => Evaluate(null, Population.Child, "00:00 50mcg/h"));

        Assert.Equal(MassFlow.FromMicrogramsPerDay(1200), adult.DailyDose);
        Assert.Equal(AlertCodes.DoseAboveHardLimit, child.Code);
        Assert.Contains("1199", child.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_concentration_that_is_not_stocked_is_a_warning()
    {
        var plan = FlexCalculator.Evaluate(Protocol, new FlexRequest(FlexScheduleText.Parse(["00:00 10mcg/h"]), MassConcentration.FromMicrogramsPerMilliliter(750)));

        Assert.Contains(AlertCodes.ConcentrationNotStocked, Codes(plan));
    }

    [Fact]
    public void An_unverified_step_jump_limit_is_flagged()
    {
        var plan = Evaluate("00:00 10mcg/h", "06:00 6mcg/h");

        var alert = Assert.Single(plan.Alerts, a => a.Code == AlertCodes.SiteSettingUnverified);
        Assert.Contains("flex.maximumStepJump", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_total_is_the_sum_of_hourly_rate_times_hours_and_the_steps_cover_24_hours()
    {
        var schedules =
            from count in Gen.Choose(1, 13)
            from hours in Gen.Choose(1, 23).ArrayOf(count - 1)
            from rates in Gen.Choose(1, 40).ArrayOf(count)
            select (Starts: hours.Distinct().Order().Prepend(0).ToArray(), Rates: rates);

        Check.QuickThrowOnFailure(Prop.ForAll(schedules.ToArbitrary(), s =>
        {
            var steps = s.Starts.Select((h, i) => new FlexStep(new TimeOnly(h, 0), MassFlow.FromMicrogramsPerHour(s.Rates[i]))).ToArray();
            var plan = FlexCalculator.Evaluate(Protocol, new FlexRequest(new FlexSchedule(steps), At500));
            var ends = s.Starts.Skip(1).Append(24).ToArray();
            var expected = s.Starts.Select((h, i) => s.Rates[i] * (ends[i] - h)).Sum();
            return plan.DailyDose == MassFlow.FromMicrogramsPerDay(expected)
                && plan.Steps.Sum(x => x.Length.Hours) == 24m
                && plan.DailyVolume == plan.DailyDose.VolumeFlowAt(At500);
        }));
    }
}
