using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>The pump's removal.</summary>
/// <param name="Notes">Why, and details.</param>
public sealed record ExplantEntry(string? Notes = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Explant;
}
