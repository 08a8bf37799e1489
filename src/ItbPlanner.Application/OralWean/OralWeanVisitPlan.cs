using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.OralWean;

namespace ItbPlanner.Application.OralWean;

/// <summary>
/// A visit's oral baclofen wean: the whole plan to zero, where the patient stands on it, and the one change this visit
/// logs (a new dose, or the stop at the last step). Immutable.
/// </summary>
/// <param name="Plan">The plan from the wean's start to zero.</param>
/// <param name="Rows">Every step with its dose at the interval in force and its status.</param>
/// <param name="Now">The step this visit logs.</param>
/// <param name="Entry">The medication entry to log at the visit's moment.</param>
/// <param name="Working">How the plan and this visit's step were worked out, citing the protocol.</param>
public sealed record OralWeanVisitPlan(OralWeanPlan Plan, IReadOnlyList<OralWeanStepRow> Rows, OralWeanStepRow Now, MedicationEntry Entry, IReadOnlyList<string> Working)
{
    /// <summary>Whether this visit's step stops oral baclofen.</summary>
    public bool Stops => Entry.Stop;
}
