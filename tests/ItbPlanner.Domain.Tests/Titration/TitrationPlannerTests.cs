using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Titration;

public sealed partial class TitrationPlannerTests
{
    private static readonly DateOnly Start = new(2026, 11, 21);

    private static MassFlow Mcg(decimal perDay) => MassFlow.FromMicrogramsPerDay(perDay);

    private static TitrationPlan Plan(decimal from, decimal to, TitrationOrigin origin, decimal? step = null, Population? population = null, Protocol? protocol = null) =>
        TitrationPlanner.Plan(protocol ?? TestProtocols.Default(), new TitrationRequest(Mcg(from), Mcg(to), origin, Start, step is null ? null : new Percentage(step.Value), population));

    [Fact]
    public void Acceptance_spinal_100_to_300_at_20_percent_from_2026_11_21()
    {
        var plan = Plan(100, 300, TitrationOrigin.Spinal, 20);

        Assert.Equal(new DateOnly(2026, 11, 22), plan.Steps[0].Date);
        Assert.Equal([120m, 144m, 172.8m, 207.3m, 248.7m, 300m], plan.Steps.Select(s => s.Dose.MicrogramsPerDay));
        Assert.All(plan.Steps.SkipLast(1), s => Assert.True(s.Change.Percent <= 20m, $"{s.Date}: {s.Change}"));
        Assert.Equal(Mcg(300), plan.Steps[^1].Dose);
        Assert.Equal(new DateOnly(2026, 11, 27), plan.Steps[^1].Date);
        Assert.Equal(new Percentage(20), plan.Steps[0].Change);
        Assert.Equal("20.63 %", plan.Steps[^1].Change.DisplayChange());
        Assert.Empty(plan.Alerts);
    }

    [Fact]
    public void Acceptance_cerebral_with_a_20_percent_step_is_above_the_protocol_limit()
    {
        var error = Assert.Throws<ProtocolLimitException>(() => Plan(100, 300, TitrationOrigin.Cerebral, 20));

        Assert.Equal(AlertCodes.StepAboveProtocolLimit, error.Code);
        Assert.Equal(AlertSeverity.Critical, error.Blocking.Severity);
    }

    [Theory]
    [InlineData(TitrationOrigin.Spinal, 20)]
    [InlineData(TitrationOrigin.Cerebral, 10)]
    [InlineData(TitrationOrigin.Pediatric, 10)]
    public void Without_a_step_the_origins_default_is_used(TitrationOrigin origin, decimal expected)
    {
        Assert.Equal(new Percentage(expected), Plan(100, 200, origin).Step);
    }

    [Theory]
    [InlineData(TitrationOrigin.Spinal, 9.9, AlertCodes.StepBelowProtocolMinimum)]
    [InlineData(TitrationOrigin.Spinal, 30.1, AlertCodes.StepAboveProtocolLimit)]
    [InlineData(TitrationOrigin.Cerebral, 4, AlertCodes.StepBelowProtocolMinimum)]
    [InlineData(TitrationOrigin.Pediatric, 16, AlertCodes.StepAboveProtocolLimit)]
    public void A_step_outside_the_origins_range_is_a_hard_stop(TitrationOrigin origin, decimal step, string code)
    {
        Assert.Equal(code, Assert.Throws<ProtocolLimitException>(() => Plan(100, 200, origin, step)).Code);
    }

    [Theory]
    [InlineData(TitrationOrigin.Spinal, 10)]
    [InlineData(TitrationOrigin.Spinal, 30)]
    [InlineData(TitrationOrigin.Cerebral, 5)]
    [InlineData(TitrationOrigin.Cerebral, 15)]
    public void A_step_at_either_end_of_the_range_is_allowed(TitrationOrigin origin, decimal step)
    {
        Assert.Equal(Mcg(200), Plan(100, 200, origin, step).Steps[^1].Dose);
    }

    [Fact]
    public void A_target_above_the_usual_range_warns()
    {
        var plan = Plan(700, 900, TitrationOrigin.Spinal);

        var alert = Assert.Single(plan.Alerts, a => a.Code == AlertCodes.DoseAboveUsualRange);
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
        Assert.DoesNotContain(Plan(100, 300, TitrationOrigin.Spinal).Alerts, a => a.Code == AlertCodes.DoseAboveUsualRange);
    }

    [Fact]
    public void A_target_above_the_hard_ceiling_is_a_hard_stop()
    {
        Assert.Equal(AlertCodes.DoseAboveHardLimit, Assert.Throws<ProtocolLimitException>(() => Plan(1800, 2000.1m, TitrationOrigin.Spinal)).Code);
        Assert.Equal(Mcg(2000), Plan(1800, 2000, TitrationOrigin.Spinal).Steps[^1].Dose);
    }

    [Fact]
    public void A_pediatric_origin_checks_childrens_limits_unless_a_population_is_given()
    {
        Assert.Equal(Population.Child, Plan(100, 200, TitrationOrigin.Pediatric).Population);
        Assert.Equal(AlertCodes.DoseAboveHardLimit, Assert.Throws<ProtocolLimitException>(() => Plan(1100, 1200, TitrationOrigin.Pediatric)).Code);
        Assert.Contains(Plan(250, 350, TitrationOrigin.Pediatric).Alerts, a => a.Code == AlertCodes.DoseAboveUsualRange);
        Assert.Equal(Population.Adult, Plan(1100, 1200, TitrationOrigin.Pediatric, population: Population.Adult).Population);
        Assert.Equal(Population.Adult, Plan(100, 200, TitrationOrigin.Cerebral).Population);
    }

    [Fact]
    public void Decreases_step_down_by_at_most_the_maximum_decrease_with_negative_changes()
    {
        var plan = Plan(300, 100, TitrationOrigin.Spinal);

        Assert.Equal([240m, 192m, 153.6m, 122.9m, 100m], plan.Steps.Select(s => s.Dose.MicrogramsPerDay));
        Assert.Equal(new Percentage(-20), plan.Steps[0].Change);
        Assert.All(plan.Steps, s => Assert.True(s.Change.Percent is < 0 and >= -20));
        Assert.False(plan.IsIncrease);
    }

    [Fact]
    public void A_decrease_step_above_the_maximum_decrease_is_a_hard_stop()
    {
        Assert.Equal(AlertCodes.StepAboveProtocolLimit, Assert.Throws<ProtocolLimitException>(() => Plan(300, 100, TitrationOrigin.Spinal, 25)).Code);
        Assert.Equal(Mcg(100), Plan(300, 100, TitrationOrigin.Cerebral, 3).Steps[^1].Dose);
    }

    [Fact]
    public void Already_at_the_target_needs_no_steps()
    {
        var plan = Plan(200, 200, TitrationOrigin.Spinal);

        Assert.Empty(plan.Steps);
        Assert.Contains(plan.Working, l => l.Contains("Already at the target", StringComparison.Ordinal));
    }

    [Fact]
    public void Impossible_inputs_name_the_option()
    {
        Assert.Equal("current dose", Assert.Throws<InvalidInputException>(() => Plan(0, 100, TitrationOrigin.Spinal)).Input);
        Assert.Equal("target dose", Assert.Throws<InvalidInputException>(() => Plan(100, 0, TitrationOrigin.Spinal)).Input);
        Assert.Equal("step", Assert.Throws<InvalidInputException>(() => Plan(100, 200, TitrationOrigin.Spinal, 0)).Input);
        Assert.Equal("current dose", Assert.Throws<InvalidInputException>(() => Plan(0.5m, 2, TitrationOrigin.Cerebral, 5)).Input);
    }

    [Fact]
    public void Working_cites_the_origins_rule_and_the_dose_limits()
    {
        var working = Plan(100, 300, TitrationOrigin.Spinal, 20).Working;

        foreach (var key in new[] { "titration.spinal.minimumIncrease", "titration.spinal.maximumIncrease", "titration.spinal.doseResolution", "titration.spinal.minimumInterval", "doseLimits.adult.hardCeiling" })
        {
            Assert.Contains(working, l => l.Contains(key, StringComparison.Ordinal));
        }

        Assert.Contains(working, l => l.Contains("100 mcg/day → 120 mcg/day (+20 %)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tiny_only_step_still_shows_a_nonzero_change()
    {
        var plan = Plan(1199, 1198.99m, TitrationOrigin.Spinal);

        var change = Assert.Single(plan.Steps).Change;
        Assert.Equal(-0.01m / 1199m * 100m, change.Percent);
        Assert.Equal("-0.001 %", change.DisplayChange());
    }

    [Fact]
    public void No_tiny_last_step_298_4_to_300_is_merged_into_the_step_before()
    {
        var plan = Plan(100, 300, TitrationOrigin.Spinal, 20);

        Assert.DoesNotContain(plan.Steps, s => s.Dose == Mcg(298.4m));
        Assert.Equal(20.63m, Math.Round(plan.Steps[^1].Change.Percent, 2));
        Assert.Contains(plan.Working, w => w.StartsWith("No tiny last step", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tiny_rest_that_cannot_be_merged_within_the_maximum_is_rebalanced_over_the_last_two_steps()
    {
        // 100 → 130 at 30 % leaves 135 / 130 = +3.8 %; 100 → 135 in one step would be +35 %, above the spinal 30 %.
        var plan = Plan(100, 135, TitrationOrigin.Spinal, 30);

        Assert.Equal([122.7m, 135m], plan.Steps.Select(s => s.Dose.MicrogramsPerDay));
        Assert.All(plan.Steps, s => Assert.InRange(s.Change.Percent, 10m, 30m));
    }

    [Fact]
    public void A_large_increase_from_a_dose_in_the_usual_range_is_a_warning_and_below_it_is_not()
    {
        var high = Plan(400, 520, TitrationOrigin.Spinal, 30);
        var low = Plan(100, 130, TitrationOrigin.Spinal, 30);

        Assert.Equal(AlertSeverity.Warning, Assert.Single(high.Alerts, a => a.Code == AlertCodes.LargeStepAtHighDose).Severity);
        Assert.DoesNotContain(low.Alerts, a => a.Code == AlertCodes.LargeStepAtHighDose);
    }

    [Fact]
    public void The_usual_range_of_a_cerebral_origin_is_the_cerebral_one()
    {
        var plan = Plan(650, 720, TitrationOrigin.Cerebral, 10);

        var alert = Assert.Single(plan.Alerts, a => a.Code == AlertCodes.DoseAboveUsualRange);
        Assert.Contains("usual adult cerebral range", alert.Message, StringComparison.Ordinal);
    }
}
