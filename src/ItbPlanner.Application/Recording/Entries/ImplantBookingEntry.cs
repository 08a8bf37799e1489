using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>A booked implant.</summary>
/// <param name="Date">The date booked.</param>
/// <param name="Notes">Where, with whom, what to prepare.</param>
public sealed record ImplantBookingEntry(DateOnly Date, string? Notes = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.ImplantScheduled;
}
