using System.Data.Common;
using System.Text;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Snapshots;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Storage.Internal;

namespace ItbPlanner.Storage;

/// <summary>
/// Appends events to patients' logs and reads them back. An append takes the write lock first (<c>BEGIN IMMEDIATE</c>),
/// reads the patient's newest sequence number and hash, seals the event onto the chain and commits; so appends from
/// several processes get gap-free sequence numbers and an intact chain, and a crash leaves either the whole event or none.
/// Nothing is ever updated or deleted. Registration goes through <see cref="PatientStore.Register"/>.
/// </summary>
/// <param name="database">The open log.</param>
/// <param name="guard">
/// Checks each event against the patient's history inside the write transaction (the workflow's guards);
/// <see cref="EventGuards.None"/> when null.
/// </param>
public sealed class EventStore(LogDatabase database, IEventGuard? guard = null)
{
    private readonly LogDatabase database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly IEventGuard guard = guard ?? EventGuards.None;
    private readonly SnapshotCache? cache = guard is ICourseGuard course ? new SnapshotCache(course.Snapshots, database.Path) : null;

    /// <summary>Appends one event in its own transaction, stamped with the clock's time; returns it as stored.</summary>
    /// <exception cref="InvalidInputException">The patient is not registered, the event is a registration, it happened after
    /// now, or it corrects an event of another kind.</exception>
    /// <exception cref="ProtocolLimitException">The guard refused the event; nothing was stored.</exception>
    /// <exception cref="StorageException">The database cannot be written.</exception>
    public LogEvent Append(NewEvent newEvent)
    {
        ArgumentNullException.ThrowIfNull(newEvent);
        return AppendAll([newEvent])[0];
    }

    /// <summary>
    /// Appends events in one transaction (all or none), in order, all stamped with the same recording time. For imports
    /// and bulk loads: one commit costs one disk flush, however many events it holds.
    /// </summary>
    /// <exception cref="InvalidInputException">As for <see cref="Append"/>, for any of the events; then none is stored.</exception>
    /// <exception cref="ProtocolLimitException">The guard refused one of the events; then none is stored.</exception>
    /// <exception cref="StorageException">The database cannot be written.</exception>
    public IReadOnlyList<LogEvent> AppendAll(IReadOnlyList<NewEvent> newEvents)
    {
        ArgumentNullException.ThrowIfNull(newEvents);
        if (newEvents.Any(e => e.Kind == EventKind.PatientRegistered))
        {
            throw new InvalidInputException("kind", "Register a patient with 'itb patient add' (PatientStore.Register), not as a log event.");
        }

        return database.Write(newEvents.Select(e => e.PatientId), connection =>
        {
            var recordedAt = database.Clock.GetUtcNow();
            var heads = new Dictionary<PatientId, (long Seq, string Hash)>();
            var stored = new List<LogEvent>(newEvents.Count);
            var records = new Dictionary<PatientId, TherapyRecord?>();
            using var insert = EventRows.PrepareInsert(connection);
            foreach (var newEvent in newEvents)
            {
                var head = HeadOf(connection, heads, newEvent.PatientId);
                if (newEvent.CorrectsSeq is { } corrected)
                {
                    CheckCorrects(connection, stored, newEvent, corrected, head.Seq);
                }

                if (!ReferenceEquals(guard, EventGuards.None))
                {
                    Guard(connection, records, newEvent, head);
                }

                var sealedEvent = newEvent.Seal(head.Seq + 1, recordedAt, head.Hash);
                EventRows.Insert(insert, sealedEvent);
                heads[newEvent.PatientId] = (sealedEvent.Seq, sealedEvent.Hash);
                stored.Add(sealedEvent);
                if (cache is not null && records.GetValueOrDefault(newEvent.PatientId) is { } before)
                {
                    records[newEvent.PatientId] = cache.Snapshots.Continue(before, [sealedEvent]); // null after a correction or late entry
                }
            }

            SaveSnapshots(connection, records, heads);
            return stored;
        });
    }

    /// <summary>A patient's events in sequence order, optionally filtered.</summary>
    /// <exception cref="StorageException">The database cannot be read, or a row is damaged.</exception>
    public IReadOnlyList<LogEvent> Events(PatientId patient, EventFilter? filter = null) => [.. Stream(patient, filter)];

    /// <summary>
    /// A patient's events in sequence order (or <see cref="EventFilter.InOccurrenceOrder"/>), optionally filtered, read one row at a time as they are enumerated: memory
    /// does not grow with the length of the log. Finish the enumeration before reading anything else from this log.
    /// </summary>
    /// <exception cref="StorageException">The database cannot be read, or a row is damaged.</exception>
    public IEnumerable<LogEvent> Stream(PatientId patient, EventFilter? filter = null)
    {
        filter ??= EventFilter.All;
        var from = filter.Newest is { } newest ? FirstOfNewest(patient, filter, newest) : null;
        if (!filter.InOccurrenceOrder)
        {
            return InSequence(patient, filter, from);
        }

        // In order of occurrence without sorting the whole log: the events out of time order are few (late entries);
        // read them first and merge them into the stream of the others, which sequence order already sorts.
        var outOfOrder = OutOfOrder(patient, filter, from);
        if (outOfOrder.Count == 0)
        {
            return InSequence(patient, filter, from);
        }

        var early = InSequence(patient, filter, from).Where(e => outOfOrder.Contains(e.Seq)).OrderBy(e => e.OccurredAt).ThenBy(e => e.Seq).ToArray();
        return Merge(InSequence(patient, filter, from).Where(e => !outOfOrder.Contains(e.Seq)), early);
    }

    private IEnumerable<LogEvent> InSequence(PatientId patient, EventFilter filter, long? from) => database.Stream(
        command =>
        {
            command.CommandText = $"SELECT {EventRows.Columns} FROM events WHERE {Where(command, patient, filter)}"
                + (from is null ? string.Empty : " AND seq >= @from") + " ORDER BY seq";
            if (from is { } seq)
            {
                command.AddParameter("@from", seq);
            }
        },
        reader => EventRows.Read(reader, database.Path));

    /// <summary>The matching events that happened before an earlier-sequenced matching event (timestamps only are read).</summary>
    private HashSet<long> OutOfOrder(PatientId patient, EventFilter filter, long? from)
    {
        var rows = database.Stream(
            command =>
            {
                command.CommandText = $"SELECT seq, occurred_at FROM events WHERE {Where(command, patient, filter)}"
                    + (from is null ? string.Empty : " AND seq >= @from") + " ORDER BY seq";
                if (from is { } seq)
                {
                    command.AddParameter("@from", seq);
                }
            },
            reader => (reader.GetInt64(0), reader.GetValue(1) as string ?? string.Empty));
        var late = new HashSet<long>();
        string? newest = null;
        foreach (var (seq, occurred) in rows)
        {
            // The stored form is fixed-width UTC text, so text order is time order.
            if (newest is not null && string.CompareOrdinal(occurred, newest) < 0)
            {
                late.Add(seq);
            }
            else
            {
                newest = occurred;
            }
        }

        return late;
    }

    private static IEnumerable<LogEvent> Merge(IEnumerable<LogEvent> ordered, LogEvent[] early)
    {
        var next = 0;
        foreach (var e in ordered)
        {
            while (next < early.Length && (early[next].OccurredAt, early[next].Seq).CompareTo((e.OccurredAt, e.Seq)) < 0)
            {
                yield return early[next++];
            }

            yield return e;
        }

        while (next < early.Length)
        {
            yield return early[next++];
        }
    }

    /// <summary>How many of a patient's events match a filter (at most <see cref="EventFilter.Newest"/>).</summary>
    /// <exception cref="StorageException">The database cannot be read.</exception>
    public long Count(PatientId patient, EventFilter? filter = null)
    {
        filter ??= EventFilter.All;
        var count = database.Read(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM events WHERE {Where(command, patient, filter)}";
            return (long)command.ExecuteScalar()!;
        });
        return filter.Newest is { } newest ? Math.Min(count, newest) : count;
    }

    /// <summary>
    /// The voided events and late entries of a patient's whole log, for marking the events shown: two light passes (the
    /// corrections alone; each event's moment, never its payload), so memory grows with the marks, not the log.
    /// </summary>
    /// <exception cref="StorageException">The database cannot be read, or a timestamp is damaged.</exception>
    public EventMarks Marks(PatientId patient)
    {
        var corrections = database.Stream(
            command =>
            {
                command.CommandText = "SELECT seq, corrects_seq FROM events WHERE patient_id = @patient AND corrects_seq IS NOT NULL";
                command.AddParameter("@patient", patient.Value);
            },
            reader => (reader.GetInt64(0), reader.GetInt64(1))).ToArray();
        var late = LateEntries.OfMoments(database.Stream(
            command =>
            {
                command.CommandText = "SELECT seq, occurred_at FROM events WHERE patient_id = @patient ORDER BY seq";
                command.AddParameter("@patient", patient.Value);
            },
            reader => (reader.GetInt64(0), LogTimestamp.TryParse(reader.GetValue(1) as string, out var at)
                ? at
                : throw new StorageException(database.Path, $"{database.Path}: patient {patient} event {reader.GetInt64(0)} has a damaged timestamp; run 'itb log verify'."))));
        return new EventMarks(CorrectedLog.VoidedBy(corrections), late);
    }

    /// <summary>The condition for a patient's events matching a filter, its parameters added to the command.</summary>
    private static string Where(DbCommand command, PatientId patient, EventFilter filter)
    {
        var sql = new StringBuilder("patient_id = @patient");
        command.AddParameter("@patient", patient.Value);
        if (filter.Since is { } since)
        {
            sql.Append(" AND occurred_at >= @since");
            command.AddParameter("@since", LogTimestamp.Format(since));
        }

        if (filter.Kinds is { Count: > 0 } kinds)
        {
            var names = kinds.Distinct().Select((kind, i) => (Name: "@kind" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Code: LogCodes.Code(kind))).ToArray();
            sql.Append(" AND kind IN (").AppendJoin(", ", names.Select(n => n.Name)).Append(')');
            foreach (var (name, code) in names)
            {
                command.AddParameter(name, code);
            }
        }

        return sql.ToString();
    }

    /// <summary>The sequence number of the oldest of the newest <paramref name="newest"/> matching events, or null when fewer match.</summary>
    private long? FirstOfNewest(PatientId patient, EventFilter filter, int newest) => database.Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT seq FROM events WHERE {Where(command, patient, filter)} ORDER BY seq DESC LIMIT 1 OFFSET @skip";
        command.AddParameter("@skip", Math.Max(0, newest - 1));
        return command.ExecuteScalar() is long seq ? seq : (long?)null;
    });

    /// <summary>A patient's newest event of a kind (the current program, the last refill), or null.</summary>
    public LogEvent? Last(PatientId patient, EventKind kind) => database.Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventRows.Columns} FROM events WHERE patient_id = @patient AND kind = @kind ORDER BY seq DESC LIMIT 1";
        command.AddParameter("@patient", patient.Value);
        command.AddParameter("@kind", LogCodes.Code(kind));
        return ReadAll(command).SingleOrDefault();
    });

    /// <summary>A patient's newest event of any kind (the head of their chain), or null when they are not registered.</summary>
    public LogEvent? Head(PatientId patient) => database.Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventRows.Columns} FROM events WHERE patient_id = @patient ORDER BY seq DESC LIMIT 1";
        command.AddParameter("@patient", patient.Value);
        return ReadAll(command).SingleOrDefault();
    });

    /// <summary>
    /// The guard's check of one event. With course snapshots, the patient's record is taken up from their snapshot and the
    /// events after it (or read whole once when there is none), and the event judged against it; an entry dated before an
    /// event already logged, or a patient whose record cannot be resumed, is judged against the whole log as read now
    /// (earlier events of this batch are already inserted, so the transaction sees them too).
    /// </summary>
    private void Guard(DbConnection connection, Dictionary<PatientId, TherapyRecord?> records, NewEvent newEvent, (long Seq, string Hash) head)
    {
        if (cache is null || guard is not ICourseGuard courseGuard)
        {
            guard.Check(newEvent, ReadPatient(connection, newEvent.PatientId));
            return;
        }

        List<LogEvent>? all = null;
        if (!records.TryGetValue(newEvent.PatientId, out var record))
        {
            record = cache.Load(connection, newEvent.PatientId, head);
            if (record is null)
            {
                all = ReadPatient(connection, newEvent.PatientId);
                record = cache.Rebuild(all);
            }

            records[newEvent.PatientId] = record;
        }

        if (record is null || !courseGuard.TryCheck(newEvent, record))
        {
            guard.Check(newEvent, all ?? ReadPatient(connection, newEvent.PatientId));
        }
    }

    /// <summary>
    /// Saves the snapshot of each patient appended to, read up to their new head, in the append's transaction (so it never
    /// runs ahead of or behind the chain it names). A patient whose record could not simply be read on (a correction, a late
    /// entry) is read whole again first.
    /// </summary>
    private void SaveSnapshots(DbConnection connection, Dictionary<PatientId, TherapyRecord?> records, Dictionary<PatientId, (long Seq, string Hash)> heads)
    {
        if (cache is null)
        {
            return;
        }

        foreach (var (patient, head) in heads)
        {
            var record = records.GetValueOrDefault(patient) ?? cache.Rebuild(ReadPatient(connection, patient));
            if (record is not null)
            {
                cache.Save(connection, record, head);
            }
        }
    }

    private List<LogEvent> ReadPatient(DbConnection connection, PatientId patient)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventRows.Columns} FROM events WHERE patient_id = @patient ORDER BY seq";
        command.AddParameter("@patient", patient.Value);
        return ReadAll(command);
    }

    private List<LogEvent> ReadAll(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var events = new List<LogEvent>();
        while (reader.Read())
        {
            events.Add(EventRows.Read(reader, database.Path));
        }

        return events;
    }

    private (long Seq, string Hash) HeadOf(DbConnection connection, Dictionary<PatientId, (long Seq, string Hash)> heads, PatientId patient)
    {
        if (heads.TryGetValue(patient, out var known))
        {
            return known;
        }

        return EventRows.Head(connection, patient)
            ?? throw new InvalidInputException("patient", $"No patient '{patient}' in {database.Path}: register them first with 'itb patient add'.");
    }

    private static void CheckCorrects(DbConnection connection, List<LogEvent> pending, NewEvent newEvent, long corrected, long headSeq)
    {
        if (corrected > headSeq)
        {
            throw new InvalidInputException("corrects", $"Patient {newEvent.PatientId} has no event {corrected} to correct (their newest is {headSeq}).");
        }

        var kind = pending.LastOrDefault(e => e.PatientId == newEvent.PatientId && e.Seq == corrected)?.Kind ?? KindAt(connection, newEvent.PatientId, corrected);
        if (newEvent.Kind != EventKind.Correction && newEvent.Kind != kind)
        {
            throw new InvalidInputException(
                "corrects",
                $"Event {corrected} is a {LogCodes.Code(kind)}: a {LogCodes.Code(newEvent.Kind)} cannot replace it; record a {LogCodes.Code(kind)} to replace it or a correction to retract it.");
        }
    }

    private static EventKind KindAt(DbConnection connection, PatientId patient, long seq)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind FROM events WHERE patient_id = @patient AND seq = @seq";
        command.AddParameter("@patient", patient.Value);
        command.AddParameter("@seq", seq);
        var code = command.ExecuteScalar() as string;
        return LogCodes.TryParse<EventKind>(code, out var kind) ? kind : throw new InvalidInputException("corrects", $"Event {seq} of patient {patient} cannot be read.");
    }
}
