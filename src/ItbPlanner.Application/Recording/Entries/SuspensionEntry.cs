using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>Infusion suspended (surgery, MRI, a pump problem).</summary>
/// <param name="Notes">Why, and details.</param>
public sealed record SuspensionEntry(string? Notes = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.TherapySuspended;
}
