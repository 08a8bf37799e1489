using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.OralWean;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.OralWean;

public sealed partial class OralWeanPlannerTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static OralWeanPlan Plan(decimal fromMg, decimal? step = null, decimal? everyHours = null, params decimal[] tabletsMg) =>
        OralWeanPlanner.Plan(TestProtocols.Default(), new OralWeanRequest(
            MassFlow.FromMilligramsPerDay(fromMg),
            Start,
            step is { } s ? new Percentage(s) : null,
            everyHours is { } h ? Duration.FromHours(h) : null,
            [.. tabletsMg.Select(Mass.FromMilligrams)]));

    private static string[] Doses(OralWeanPlan plan) => [.. plan.Steps.Select(s => $"{s.Date:yyyy-MM-dd} {s.DailyDose}")];

    [Fact]
    public void From_the_label_ceiling_in_quarter_steps_of_10_mg_tablets_it_lands_on_zero_on_the_fourth_day()
    {
        var plan = Plan(80, tabletsMg: 10);

        Assert.Equal(["2026-03-02 60 mg/day", "2026-03-03 40 mg/day", "2026-03-04 20 mg/day", "2026-03-05 0 mg/day"], Doses(plan));
        Assert.Equal(new Percentage(25), plan.Step);
        Assert.Equal(MassFlow.FromMilligramsPerDay(40), plan.MaximumCut);
        Assert.Equal("6 × 10 mg", Assert.Single(plan.Steps[0].Tablets).ToString());
        Assert.Empty(plan.Steps[^1].Tablets);
    }

    [Fact]
    public void The_published_case_15_mg_three_times_a_day_rounds_up_to_what_10_and_5_mg_tablets_make_and_never_cuts_more_than_half()
    {
        var plan = Plan(45, tabletsMg: [10, 5]);

        // Aims 33.75, 22.5, 11.25, 0 mg/day: each rounded up to whole 5 mg; the last cut (15 mg/day) is within 50 % of 45.
        Assert.Equal(["2026-03-02 35 mg/day", "2026-03-03 25 mg/day", "2026-03-04 15 mg/day", "2026-03-05 0 mg/day"], Doses(plan));
        Assert.Equal(["10 mg/day", "10 mg/day", "10 mg/day", "15 mg/day"], plan.Steps.Select(s => s.Cut.ToString()));
        Assert.Equal("3 × 10 mg, 1 × 5 mg", string.Join(", ", plan.Steps[0].Tablets));
    }

    [Fact]
    public void Without_tablets_the_daily_totals_are_the_exact_aims()
    {
        var plan = Plan(45, step: 50);

        Assert.Equal(["2026-03-02 22.5 mg/day", "2026-03-03 0 mg/day"], Doses(plan));
        Assert.Contains(plan.Working, w => w.Contains("No tablet strengths given", StringComparison.Ordinal));
    }

    [Fact]
    public void Steps_a_chosen_number_of_whole_days_apart_are_dated_from_the_start()
    {
        var plan = Plan(40, step: 50, everyHours: 72, tabletsMg: 10);

        Assert.Equal(["2026-03-02 20 mg/day", "2026-03-05 0 mg/day"], Doses(plan));
        Assert.Equal(3, plan.DaysApart);
    }

    [Fact]
    public void The_working_cites_the_step_range_the_reassessment_interval_and_the_ceiling()
    {
        var plan = Plan(80);

        Assert.Contains(plan.Working, w => w.Contains("protocol oralWean.minimumStep", StringComparison.Ordinal) && w.Contains("protocol oralWean.maximumStep", StringComparison.Ordinal));
        Assert.Contains(plan.Working, w => w.Contains("protocol oralWean.reassessAfter", StringComparison.Ordinal));
        Assert.Contains(plan.Working, w => w.Contains("protocol oralWean.oralCeiling", StringComparison.Ordinal));
        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.SiteSettingUnverified);
    }

    [Fact]
    public void A_step_beyond_the_protocol_maximum_is_refused_as_a_protocol_limit()
    {
        var refused = Assert.Throws<ProtocolLimitException>(() => Plan(80, step: 60));

        Assert.Equal(AlertCodes.StepAboveProtocolLimit, refused.Code);
        Assert.NotEmpty(refused.Working);
    }

    [Fact]
    public void A_step_below_the_protocol_minimum_is_refused_as_a_protocol_limit()
    {
        Assert.Equal(AlertCodes.StepBelowProtocolMinimum, Assert.Throws<ProtocolLimitException>(() => Plan(80, step: 10)).Code);
    }

    [Fact]
    public void Steps_closer_than_the_reassessment_interval_are_refused_as_a_protocol_limit()
    {
        Assert.Equal(AlertCodes.OralWeanStepTooSoon, Assert.Throws<ProtocolLimitException>(() => Plan(80, everyHours: 12)).Code);
    }

    [Fact]
    public void Steps_must_be_whole_days_apart()
    {
        Assert.Equal("every", Assert.Throws<InvalidInputException>(() => Plan(80, everyHours: 36)).Input);
    }

    [Fact]
    public void A_wean_from_above_the_oral_ceiling_warns_and_still_lands_on_zero()
    {
        var plan = Plan(100, tabletsMg: 10);

        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.OralDoseAboveCeiling && a.Severity == AlertSeverity.Warning);
        Assert.Equal(MassFlow.Zero, plan.Steps[^1].DailyDose);
    }

    [Fact]
    public void Tablets_too_large_to_make_a_step_within_the_limit_are_refused_naming_the_tablet()
    {
        Assert.Equal("tablet", Assert.Throws<InvalidInputException>(() => Plan(20, tabletsMg: 25)).Input);
    }

    [Fact]
    public void A_protocol_without_oral_wean_rules_plans_no_wean()
    {
        var protocol = TestProtocols.Default() with { OralWean = null };

        var refused = Assert.Throws<InvalidInputException>(() => OralWeanPlanner.Plan(protocol, new OralWeanRequest(MassFlow.FromMilligramsPerDay(80), Start)));

        Assert.Contains("oralWean", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dose_that_is_not_positive_is_refused()
    {
        Assert.Throws<InvalidInputException>(() => Plan(0));
    }
}
