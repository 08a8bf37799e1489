namespace ItbPlanner.Domain.Log;

/// <summary>
/// A patient's log as it stands after corrections, for charts, reports and the workflow. An event is void when a later,
/// itself valid, event corrects it: a <c>correction</c> event retracts it (entered in error), an event of the same kind
/// replaces it. Correcting a correction therefore restores what it had voided. The stored log is never changed; this is
/// only a reading of it.
/// </summary>
public static class CorrectedLog
{
    /// <summary>The events that stand, in sequence order, without the correction events themselves.</summary>
    /// <param name="events">One patient's events, any order.</param>
    public static IReadOnlyList<LogEvent> Effective(IEnumerable<LogEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var all = events.OrderBy(e => e.Seq).ToArray();
        var voided = Voided(all);
        return all.Where(e => !voided.Contains(e.Seq) && e.Kind != EventKind.Correction).ToArray();
    }

    /// <summary>The sequence numbers voided by a later valid correction or replacement.</summary>
    public static IReadOnlySet<long> Voided(IEnumerable<LogEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return VoidedBy(events.Where(e => e.CorrectsSeq is not null).Select(e => (e.Seq, e.CorrectsSeq!.Value)));
    }

    /// <summary>
    /// The sequence numbers voided, from the correcting events alone (each one's sequence number and the event it
    /// corrects), any order: a log's corrections are few, so this needs no pass over its other events.
    /// </summary>
    public static IReadOnlySet<long> VoidedBy(IEnumerable<(long Seq, long CorrectsSeq)> corrections)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        var voided = new HashSet<long>();
        foreach (var (seq, corrected) in corrections.OrderByDescending(c => c.Seq))
        {
            if (!voided.Contains(seq))
            {
                voided.Add(corrected);
            }
        }

        return voided;
    }
}
