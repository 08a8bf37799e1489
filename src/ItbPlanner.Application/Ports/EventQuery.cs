using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Ports;

/// <summary>Which of a patient's events to read. The default reads them all.</summary>
/// <param name="Since">Only events that happened at or after this moment.</param>
/// <param name="Kinds">Only events of these kinds; null or empty for every kind.</param>
public sealed record EventQuery(DateTimeOffset? Since = null, IReadOnlyCollection<EventKind>? Kinds = null)
{
    /// <summary>Only the newest this many of the events that match (still read oldest first); null for all.</summary>
    public int? Newest { get; init; }

    /// <summary>Read in order of when the events happened (then sequence) rather than sequence order.</summary>
    public bool InOccurrenceOrder { get; init; }

    /// <summary>Every event.</summary>
    public static EventQuery All { get; } = new();
}
