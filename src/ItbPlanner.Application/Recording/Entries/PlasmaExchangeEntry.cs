using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>A series of plasma exchange sessions from the event's moment.</summary>
/// <param name="Sessions">How many sessions.</param>
/// <param name="Every">Time between sessions (2 days: every other day).</param>
/// <param name="Notes">Free text.</param>
public sealed record PlasmaExchangeEntry(int Sessions, Duration Every, string? Notes = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.PlasmaExchange;
}
