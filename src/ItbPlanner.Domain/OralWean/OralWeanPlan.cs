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
    IReadOnlyList<string> Working);
