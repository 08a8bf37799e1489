using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>A booked screening trial.</summary>
/// <param name="Date">The date booked.</param>
/// <param name="Notes">Where, with whom, what to prepare.</param>
public sealed record ScreeningBookingEntry(DateOnly Date, string? Notes = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.ScreeningScheduled;
}
