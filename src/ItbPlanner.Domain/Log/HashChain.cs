namespace ItbPlanner.Domain.Log;

/// <summary>
/// Verifies patients' hash chains by recomputing every hash. Within a patient, each event must have the next sequence
/// number (the first being the registration), a hash matching its content, and a previous-hash equal to the previous
/// event's hash. Editing any field of any event, or deleting or inserting one, breaks the chain from that event on.
/// Limits: rewriting the newest event together with its hash, or removing the newest events, leaves a valid shorter
/// chain; compare the head hash with one kept elsewhere (an export, a printed report) to detect that.
/// </summary>
public static class HashChain
{
    private const int ShownHashDigits = 12;

    /// <summary>Verifies a stream of events grouped by patient, each patient's in sequence order; stops at the first break.</summary>
    /// <param name="events">Events grouped by patient, ascending sequence within a patient. Read once, lazily.</param>
    public static ChainVerification Verify(IEnumerable<LogEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        PatientId? current = null;
        long expected = 0;
        var previousHash = EventHash.Genesis;
        var patients = 0;
        long checkedEvents = 0;
        foreach (var e in events)
        {
            checkedEvents++;
            if (current != e.PatientId)
            {
                current = e.PatientId;
                patients++;
                expected = 1;
                previousHash = EventHash.Genesis;
            }

            var problem = Check(e, expected, previousHash);
            if (problem is not null)
            {
                return new ChainVerification(patients, checkedEvents, problem);
            }

            previousHash = e.Hash;
            expected++;
        }

        return new ChainVerification(patients, checkedEvents, null);
    }

    private static ChainBreak? Check(LogEvent e, long expected, string previousHash)
    {
        var name = $"patient {e.PatientId} event {e.Seq} ({LogCodes.Code(e.Kind)}, {LogTimestamp.Format(e.OccurredAt)})";
        if (e.Seq != expected)
        {
            var detail = e.Seq > expected
                ? $"it follows event {expected - 1}: {Range(expected, e.Seq - 1)} missing"
                : $"it repeats or precedes event {expected - 1}";
            return new ChainBreak(e.PatientId, e.Seq, ChainProblem.SequenceGap, $"{name}: sequence broken, {detail}.");
        }

        if (expected == 1 && e.Kind != EventKind.PatientRegistered)
        {
            return new ChainBreak(e.PatientId, e.Seq, ChainProblem.MissingRegistration, $"{name}: the log does not start with the patient's registration.");
        }

        var recomputed = EventHash.Compute(e);
        if (!string.Equals(recomputed, e.Hash, StringComparison.Ordinal))
        {
            return new ChainBreak(
                e.PatientId,
                e.Seq,
                ChainProblem.HashMismatch,
                $"{name}: content does not match its hash (stored {Short(e.Hash)}, recomputed {Short(recomputed)}): the event or its hash was edited after recording.");
        }

        if (!string.Equals(e.PrevHash, previousHash, StringComparison.Ordinal))
        {
            var previous = expected == 1 ? "the start of the log" : $"event {expected - 1}'s hash";
            return new ChainBreak(
                e.PatientId,
                e.Seq,
                ChainProblem.PrevHashMismatch,
                $"{name}: its previous-hash {Short(e.PrevHash)} does not match {previous} {Short(previousHash)}: event {expected - 1} or this event was rewritten.");
        }

        return null;
    }

    private static string Range(long first, long last) => first == last ? $"event {first} is" : $"events {first} to {last} are";

    private static string Short(string hash) => hash.Length > ShownHashDigits ? hash[..ShownHashDigits] + "..." : hash;
}
