using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>An earlier event marked as entered in error (the header names it and says why).</summary>
/// <param name="Note">What was wrong, when the reason alone does not say.</param>
public sealed record CorrectionEntry(string? Note = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Correction;
}
