namespace ItbPlanner.Domain.Log;

/// <summary>
/// Late entries: events recorded after an event of the same patient that happened later. A clinical record takes them
/// (a 12:00 assessment written down after the 13:00 one); the log keeps both moments (when it happened, when it was
/// recorded) and views mark them, so a reader knows the record was made out of order.
/// </summary>
public static class LateEntries
{
    /// <summary>The sequence numbers of the late entries among one patient's events.</summary>
    /// <param name="events">One patient's events, any order.</param>
    public static IReadOnlySet<long> Of(IEnumerable<LogEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return OfMoments(events.OrderBy(e => e.Seq).Select(e => (e.Seq, e.OccurredAt)));
    }

    /// <summary>The late entries from each event's sequence number and moment, read once in sequence order (a stream: memory grows with the late entries only).</summary>
    /// <param name="inSequenceOrder">One patient's events as (seq, when it happened), ascending sequence.</param>
    public static IReadOnlySet<long> OfMoments(IEnumerable<(long Seq, DateTimeOffset OccurredAt)> inSequenceOrder)
    {
        ArgumentNullException.ThrowIfNull(inSequenceOrder);
        var late = new HashSet<long>();
        DateTimeOffset? newest = null;
        foreach (var (seq, occurredAt) in inSequenceOrder)
        {
            if (occurredAt < newest)
            {
                late.Add(seq);
            }
            else
            {
                newest = occurredAt;
            }
        }

        return late;
    }
}
