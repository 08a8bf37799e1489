using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Screening;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Screening;

public sealed class ScreeningPlannerTests
{
    private static readonly DateOnly Start = new(2026, 11, 21);

    [Fact]
    public void Adult_escalation_is_50_75_100_mcg_as_1_1_5_and_2_mL_one_day_apart()
    {
        var plan = ScreeningPlanner.Plan(TestProtocols.Default(), Population.Adult, Start);

        Assert.Equal([50m, 75m, 100m], plan.Boluses.Select(b => b.Dose.Micrograms));
        Assert.Equal([1m, 1.5m, 2m], plan.Boluses.Select(b => b.Volume.Milliliters));
        Assert.Equal([Start, Start.AddDays(1), Start.AddDays(2)], plan.Boluses.Select(b => b.EarliestDate));
        Assert.All(plan.Boluses, b => Assert.Equal(Duration.FromHours(8), b.Observation));
        Assert.Equal([1, 2, 3], plan.Boluses.Select(b => b.Number));
    }

    [Fact]
    public void Says_what_to_assess_and_what_counts_as_positive()
    {
        var plan = ScreeningPlanner.Plan(TestProtocols.Default(), Population.Adult, Start);

        Assert.Equal(["Modified Ashworth", "Penn spasm frequency"], plan.Assess);
        Assert.Contains("clinically significant", plan.PositiveResponse, StringComparison.Ordinal);
        Assert.Contains(plan.Alerts, a => a.Code == AlertCodes.SiteSettingUnverified && a.Message.Contains("screening.positiveResponse", StringComparison.Ordinal));
    }

    [Fact]
    public void A_protocol_may_start_small_children_at_25_mcg()
    {
        var protocol = WithChildSchedule(TestProtocols.Default(), 25, 50, 75, 100);

        var plan = ScreeningPlanner.Plan(protocol, Population.Child, Start);

        Assert.Equal([25m, 50m, 75m, 100m], plan.Boluses.Select(b => b.Dose.Micrograms));
        Assert.Equal(0.5m, plan.Boluses[0].Volume.Milliliters);
        Assert.Equal(Start.AddDays(3), plan.Boluses[3].EarliestDate);
    }

    [Fact]
    public void An_interval_longer_than_a_day_rounds_up_to_whole_days()
    {
        var protocol = TestProtocols.Default();
        protocol = protocol with { Screening = protocol.Screening with { MinimumInterval = TestProtocols.S(Duration.FromHours(36), "screening.minimumInterval") } };

        var plan = ScreeningPlanner.Plan(protocol, Population.Adult, Start);

        Assert.Equal([Start, Start.AddDays(2), Start.AddDays(4)], plan.Boluses.Select(b => b.EarliestDate));
    }

    [Fact]
    public void Working_cites_the_protocol_for_each_number()
    {
        var plan = ScreeningPlanner.Plan(TestProtocols.Default(), Population.Adult, Start);

        Assert.Contains(plan.Working, l => l.Contains("screening.concentration", StringComparison.Ordinal));
        Assert.Contains(plan.Working, l => l.Contains("screening.minimumInterval", StringComparison.Ordinal));
        Assert.Contains(plan.Working, l => l.Contains("screening.maximumBolus", StringComparison.Ordinal));
        Assert.Contains(plan.Working, l => l.Contains("screening.schedules.adult[1]", StringComparison.Ordinal) && l.Contains("75 mcg ÷ 50 mcg/mL = 1.5 mL", StringComparison.Ordinal));
    }

    internal static Protocol WithChildSchedule(Protocol protocol, params decimal[] doses)
    {
        var child = new ScreeningSchedule(Population.Child, doses.Select((d, i) => TestProtocols.S(Mass.FromMicrograms(d), $"screening.schedules.child[{i}]")).ToList());
        var schedules = protocol.Screening.Schedules.Where(s => s.Population != Population.Child).Append(child).ToList();
        return protocol with { Screening = protocol.Screening with { Schedules = schedules } };
    }
}
