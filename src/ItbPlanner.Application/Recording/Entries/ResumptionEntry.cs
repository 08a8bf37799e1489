using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>Infusion resumed after a suspension or a withdrawal emergency, at the dose before or, with its reason, a lower one (a program logged with it).</summary>
/// <param name="Notes">How the pump was restarted, checks done.</param>
/// <param name="LowerDose">A restart dose below the dose before.</param>
/// <param name="LowerReason">Why restart lower (logged with the new program).</param>
public sealed record ResumptionEntry(string? Notes = null, MassFlow? LowerDose = null, string? LowerReason = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.TherapyResumed;
}
