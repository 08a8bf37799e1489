using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>A concomitant medicine started or changed (a dose every so often), or stopped.</summary>
/// <param name="Drug">The drug: oral baclofen (<c>baclofen</c>), <c>diazepam</c>, or another by name.</param>
/// <param name="Dose">Each dose; null when stopped.</param>
/// <param name="Every">Time between doses; null when stopped.</param>
/// <param name="Stop">True when the drug is stopped.</param>
/// <param name="Notes">Free text.</param>
public sealed record MedicationEntry(string Drug, Mass? Dose, Duration? Every, bool Stop = false, string? Notes = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Medication;
}
