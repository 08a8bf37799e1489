using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>A day-by-day plan from one daily dose to another within the origin's limits. Immutable.</summary>
/// <param name="Origin">The rule set followed.</param>
/// <param name="Population">Whose dose limits were checked.</param>
/// <param name="From">The starting daily dose.</param>
/// <param name="To">The target daily dose (the last step's dose).</param>
/// <param name="Step">The step percentage used.</param>
/// <param name="Steps">The steps in date order; empty when already at the target.</param>
/// <param name="Alerts">Warnings (e.g. <c>DOSE_ABOVE_USUAL_RANGE</c>).</param>
/// <param name="Working">How the plan was built, citing the protocol.</param>
public sealed record TitrationPlan(
    TitrationOrigin Origin,
    Population Population,
    MassFlow From,
    MassFlow To,
    Percentage Step,
    IReadOnlyList<TitrationStep> Steps,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<string> Working)
{
    /// <summary>True when the plan raises the dose.</summary>
    public bool IsIncrease => To > From;
}
