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
        var late = new HashSet<long>();
        DateTimeOffset? newest = null;
        foreach (var e in events.OrderBy(e => e.Seq))
        {
            if (e.OccurredAt < newest)
            {
                late.Add(e.Seq);
            }
            else
            {
                newest = e.OccurredAt;
            }
        }

        return late;
    }
}
