using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.OralWean;

/// <summary>A dated oral baclofen wean from a daily total down to zero, inside the protocol's step limits. Immutable.</summary>
/// <param name="From">The starting daily total.</param>
/// <param name="Step">The step chosen, as a percentage of <paramref name="From"/>.</param>
/// <param name="MaximumCut">The largest cut any step may make: the protocol's maximum step of <paramref name="From"/>.</param>
/// <param name="DaysApart">Whole days between steps.</param>
/// <param name="Tablets">The tablet strengths the daily totals are made of; empty when none were given.</param>
/// <param name="Steps">The steps in date order; the last is zero.</param>
/// <param name="Alerts">Warnings (<c>ORAL_DOSE_ABOVE_CEILING</c>, <c>SITE_SETTING_UNVERIFIED</c>).</param>
/// <param name="Working">How the plan was built, citing the protocol.</param>
public sealed record OralWeanPlan(
    MassFlow From,
    Percentage Step,
    MassFlow MaximumCut,
    int DaysApart,
    IReadOnlyList<Mass> Tablets,
    IReadOnlyList<OralWeanStep> Steps,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<string> Working)
{
    /// <summary>
    /// The plan with its steps on <paramref name="dates"/> (a delayed visit moves the steps from it on) and the working's
    /// dating line said again from them, with <paramref name="why"/>: every date shown then comes from the same steps,
    /// never the plan's first dates beside the moved ones.
    /// </summary>
    /// <exception cref="ArgumentException">Not one date per step.</exception>
    public OralWeanPlan Redated(IReadOnlyList<DateOnly> dates, string why)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Count != Steps.Count)
        {
            throw new ArgumentException($"A plan of {Steps.Count} step(s) is re-dated with one day per step; got {string.Join(", ", dates)}.", nameof(dates));
        }

        var steps = Steps.Select((s, i) => s with { Date = dates[i] }).ToList();
        var before = OralWeanPlanner.Schedule(Steps, DaysApart);
        var after = $"{steps.Count} step(s) from {steps[0].Date:yyyy-MM-dd}; zero on {steps[^1].Date:yyyy-MM-dd} ({why}).";
        return this with { Steps = steps, Working = [.. Working.Select(w => w == before ? after : w)] };
    }
}
