using System.Text;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage.Internal;
using Microsoft.Data.Sqlite;

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

        return database.Write(connection =>
        {
            var recordedAt = database.Clock.GetUtcNow();
            var heads = new Dictionary<PatientId, (long Seq, string Hash)>();
            var stored = new List<LogEvent>(newEvents.Count);
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
                    // Earlier events of this batch are already inserted, so the transaction sees them too.
                    guard.Check(newEvent, ReadPatient(connection, newEvent.PatientId));
                }

                var sealedEvent = newEvent.Seal(head.Seq + 1, recordedAt, head.Hash);
                EventRows.Insert(insert, sealedEvent);
                heads[newEvent.PatientId] = (sealedEvent.Seq, sealedEvent.Hash);
                stored.Add(sealedEvent);
            }

            return stored;
        });
    }

    /// <summary>A patient's events in sequence order, optionally filtered.</summary>
    /// <exception cref="StorageException">The database cannot be read, or a row is damaged.</exception>
    public IReadOnlyList<LogEvent> Events(PatientId patient, EventFilter? filter = null)
    {
        filter ??= EventFilter.All;
        return database.Read(connection =>
        {
            using var command = connection.CreateCommand();
            var sql = new StringBuilder($"SELECT {EventRows.Columns} FROM events WHERE patient_id = $patient");
            command.Parameters.AddWithValue("$patient", patient.Value);
            if (filter.Since is { } since)
            {
                sql.Append(" AND occurred_at >= $since");
                command.Parameters.AddWithValue("$since", LogTimestamp.Format(since));
            }

            if (filter.Kinds is { Count: > 0 } kinds)
            {
                var names = kinds.Distinct().Select((kind, i) => (Name: "$kind" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Code: LogCodes.Code(kind))).ToArray();
                sql.Append(" AND kind IN (").AppendJoin(", ", names.Select(n => n.Name)).Append(')');
                foreach (var (name, code) in names)
                {
                    command.Parameters.AddWithValue(name, code);
                }
            }

            command.CommandText = sql.Append(" ORDER BY seq").ToString();
            return ReadAll(command);
        });
    }

    /// <summary>A patient's newest event of a kind (the current program, the last refill), or null.</summary>
    public LogEvent? Last(PatientId patient, EventKind kind) => database.Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventRows.Columns} FROM events WHERE patient_id = $patient AND kind = $kind ORDER BY seq DESC LIMIT 1";
        command.Parameters.AddWithValue("$patient", patient.Value);
        command.Parameters.AddWithValue("$kind", LogCodes.Code(kind));
        return ReadAll(command).SingleOrDefault();
    });

    /// <summary>A patient's newest event of any kind (the head of their chain), or null when they are not registered.</summary>
    public LogEvent? Head(PatientId patient) => database.Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventRows.Columns} FROM events WHERE patient_id = $patient ORDER BY seq DESC LIMIT 1";
        command.Parameters.AddWithValue("$patient", patient.Value);
        return ReadAll(command).SingleOrDefault();
    });

    private List<LogEvent> ReadPatient(SqliteConnection connection, PatientId patient)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventRows.Columns} FROM events WHERE patient_id = $patient ORDER BY seq";
        command.Parameters.AddWithValue("$patient", patient.Value);
        return ReadAll(command);
    }

    private List<LogEvent> ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var events = new List<LogEvent>();
        while (reader.Read())
        {
            events.Add(EventRows.Read(reader, database.Path));
        }

        return events;
    }

    private (long Seq, string Hash) HeadOf(SqliteConnection connection, Dictionary<PatientId, (long Seq, string Hash)> heads, PatientId patient)
    {
        if (heads.TryGetValue(patient, out var known))
        {
            return known;
        }

        return EventRows.Head(connection, patient)
            ?? throw new InvalidInputException("patient", $"No patient '{patient}' in {database.Path}: register them first with 'itb patient add'.");
    }

    private static void CheckCorrects(SqliteConnection connection, List<LogEvent> pending, NewEvent newEvent, long corrected, long headSeq)
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

    private static EventKind KindAt(SqliteConnection connection, PatientId patient, long seq)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind FROM events WHERE patient_id = $patient AND seq = $seq";
        command.Parameters.AddWithValue("$patient", patient.Value);
        command.Parameters.AddWithValue("$seq", seq);
        var code = command.ExecuteScalar() as string;
        return LogCodes.TryParse<EventKind>(code, out var kind) ? kind : throw new InvalidInputException("corrects", $"Event {seq} of patient {patient} cannot be read.");
    }
}
