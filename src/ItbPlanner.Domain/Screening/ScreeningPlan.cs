using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Screening;

/// <summary>
/// The escalating screening trial for one population: each bolus only if the response to the previous one was inadequate;
/// no response to the last means the patient is not a candidate. Immutable.
/// </summary>
/// <param name="Population">Whose schedule it is.</param>
/// <param name="Start">The date of the first bolus.</param>
/// <param name="Concentration">The screening strength every bolus is drawn from.</param>
/// <param name="Boluses">The boluses in order.</param>
/// <param name="Assess">What to assess at baseline and after each bolus.</param>
/// <param name="PositiveResponse">What counts as a positive response (the clinician confirms it).</param>
/// <param name="Alerts">Findings, e.g. protocol values awaiting site verification.</param>
/// <param name="Working">How each number was found, citing the protocol.</param>
public sealed record ScreeningPlan(
    Population Population,
    DateOnly Start,
    MassConcentration Concentration,
    IReadOnlyList<PlannedBolus> Boluses,
    IReadOnlyList<string> Assess,
    string PositiveResponse,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<string> Working)
{
    /// <summary>
    /// For children, the protocol's smaller first bolus for very small children (25 mcg at 50 mcg/mL = 0.5 mL), offered
    /// instead of bolus 1; the escalation then continues with bolus 2 and 3. Null for adults or when the protocol has none.
    /// </summary>
    public PlannedBolus? SmallChildStart { get; init; }
}
