using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>Spasticity scores.</summary>
/// <param name="Scores">The scores, each on its scale (with the muscle group where it applies).</param>
/// <param name="AfterBolus">Time since the screening bolus, for a screening observation.</param>
/// <param name="Notes">Anything else observed.</param>
public sealed record AssessmentEntry(IReadOnlyList<AssessmentScore> Scores, Duration? AfterBolus = null, string? Notes = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Assessment;
}
