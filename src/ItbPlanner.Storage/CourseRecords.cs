using System.Data.Common;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Snapshots;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Storage.Internal;

namespace ItbPlanner.Storage;

/// <summary>
/// Patients' records read through their course snapshots (issue 13): each taken up from the snapshot saved with the chain
/// head it was read up to, with only the events after it replayed; a patient without a usable snapshot is read whole and
/// their snapshot saved for next time (after the reading, in a short write of its own, which may fail without harm: a
/// reviewer cannot write the cache). The records are <see cref="TherapyRecord"/>'s bounded reading: the course, the
/// program, the newest fill, the dose steps from the one in force at it, alarms and dates (what the schedule reads), not
/// the events themselves.
/// </summary>
/// <param name="database">The open log.</param>
/// <param name="snapshots">The snapshots under the protocol in force.</param>
public sealed class CourseRecords(LogDatabase database, CourseSnapshots snapshots)
{
    /// <summary>
    /// Each patient with events (found by skipping from one id to the next along the index, not by scanning a million
    /// events), the head of their chain, and their snapshot under this version and protocol, if any.
    /// </summary>
    private const string Standing =
        "WITH RECURSIVE ids(id) AS (SELECT MIN(patient_id) FROM events"
        + " UNION ALL SELECT (SELECT MIN(patient_id) FROM events WHERE patient_id > ids.id) FROM ids WHERE ids.id IS NOT NULL)"
        + " SELECT ids.id,"
        + " (SELECT seq FROM events WHERE patient_id = ids.id ORDER BY seq DESC LIMIT 1),"
        + " (SELECT hash FROM events WHERE patient_id = ids.id ORDER BY seq DESC LIMIT 1),"
        + " s.head_seq, s.body"
        + " FROM ids LEFT JOIN course_snapshots s ON s.patient_id = ids.id AND s.version = @version AND s.protocol = @protocol"
        + " WHERE ids.id IS NOT NULL";

    private readonly LogDatabase database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly SnapshotCache cache = new(snapshots ?? throw new ArgumentNullException(nameof(snapshots)), database.Path);

    /// <summary>One patient's record.</summary>
    /// <exception cref="InvalidInputException">The patient has no events (is not registered).</exception>
    /// <exception cref="EventPayloadException">A standing event's payload cannot be read.</exception>
    /// <exception cref="StorageException">The database cannot be read.</exception>
    public TherapyRecord Of(PatientId patient)
    {
        var stale = new List<(TherapyRecord, (long, string))>();
        var record = database.Snapshot(connection =>
        {
            var head = EventRows.Head(connection, patient)
                ?? throw new InvalidInputException("patient", $"No patient '{patient}' in {database.Path}: register them first with 'itb patient add'.");
            var saved = cache.Saved(connection, patient);
            var resumed = saved is { } row ? cache.Resume(connection, patient, head, row.Seq, row.Body) : null;
            return Read(connection, patient, head, resumed, fresh: saved?.Seq == head.Seq, stale);
        });
        Save(stale);
        return record;
    }

    /// <summary>Every patient with events in the log (the chain, not the patients table, says who), ordered by id.</summary>
    /// <exception cref="EventPayloadException">A standing event's payload cannot be read.</exception>
    /// <exception cref="StorageException">The database cannot be read.</exception>
    public IReadOnlyList<TherapyRecord> All() => Each(record => record);

    /// <summary>
    /// Reads every patient's record (the patients with events in the log, ordered by id) and keeps only what
    /// <paramref name="read"/> makes of it: the records stream from one statement, each taken up from its snapshot and let
    /// go, so a clinic's records are never all held at once. A patient whose snapshot is missing or behind the chain is read
    /// after the others (it needs more of the log, and a PostgreSQL connection runs one statement at a time).
    /// </summary>
    /// <exception cref="EventPayloadException">A standing event's payload cannot be read.</exception>
    /// <exception cref="StorageException">The database cannot be read.</exception>
    public IReadOnlyList<T> Each<T>(Func<TherapyRecord, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var stale = new List<(TherapyRecord, (long, string))>();
        var results = database.Snapshot(connection =>
        {
            var made = new List<(string Id, T Value)>();
            var later = new List<(PatientId Patient, (long Seq, string Hash) Head, long? Seq, string? Body)>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = Standing;
                command.AddParameter("@version", CourseSnapshots.Version);
                command.AddParameter("@protocol", cache.Snapshots.Fingerprint);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var patient = new PatientId(reader.GetString(0));
                    var head = (reader.GetInt64(1), reader.GetString(2));
                    long? seq = reader.IsDBNull(3) ? null : reader.GetInt64(3);
                    var body = reader.IsDBNull(4) ? null : reader.GetString(4);
                    if (seq == head.Item1 && body is not null && cache.Resume(connection, patient, head, seq.Value, body) is { } current)
                    {
                        made.Add((patient.Value, read(current)));
                    }
                    else
                    {
                        later.Add((patient, head, seq, body));
                    }
                }
            }

            foreach (var (patient, head, seq, body) in later)
            {
                var resumed = seq is { } at && body is not null ? cache.Resume(connection, patient, head, at, body) : null;
                made.Add((patient.Value, read(Read(connection, patient, head, resumed, fresh: false, stale))));
            }

            return made.OrderBy(m => m.Id, StringComparer.Ordinal).Select(m => m.Value).ToArray();
        });
        Save(stale);
        return results;
    }

    /// <summary>
    /// Compares the saved snapshots under this protocol (every patient's, or one's) with the log: each rebuilt from the
    /// patient's events up to its head. One whose head is not an event of the chain is never used, so it is not compared.
    /// </summary>
    /// <returns>How many were compared, and the patient and head of each the log does not give.</returns>
    /// <exception cref="StorageException">The database cannot be read.</exception>
    public (int Compared, IReadOnlyList<(PatientId Patient, long Seq)> Disagreeing) Compare(PatientId? only) => database.Snapshot(connection =>
    {
        // The heads first, the bodies one patient at a time: a clinic's snapshots are never held at once.
        var heads = new List<(PatientId Patient, long Seq, string Hash)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT patient_id, head_seq, head_hash FROM course_snapshots WHERE version = @version AND protocol = @protocol AND body IS NOT NULL"
                + (only is null ? string.Empty : " AND patient_id = @patient") + " ORDER BY patient_id";
            command.AddParameter("@version", CourseSnapshots.Version);
            command.AddParameter("@protocol", cache.Snapshots.Fingerprint);
            if (only is { } patient)
            {
                command.AddParameter("@patient", patient.Value);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (!reader.IsDBNull(0) && !reader.IsDBNull(1) && !reader.IsDBNull(2))
                {
                    heads.Add((new PatientId(reader.GetString(0)), reader.GetInt64(1), reader.GetString(2)));
                }
            }
        }

        var compared = 0;
        var disagreeing = new List<(PatientId, long)>();
        foreach (var (patient, seq, hash) in heads)
        {
            var events = cache.All(connection, patient).TakeWhile(e => e.Seq <= seq).ToList();
            if (events.Count == 0 || events[^1].Seq != seq || events[^1].Hash != hash || cache.Saved(connection, patient) is not { } saved || saved.Seq != seq)
            {
                continue; // its head is not in the chain: ignored by every reader
            }

            compared++;
            if (cache.Rebuild(events) is not { } rebuilt || cache.Snapshots.Take(rebuilt, seq, hash) != saved.Body)
            {
                disagreeing.Add((patient, seq));
            }
        }

        return (compared, (IReadOnlyList<(PatientId, long)>)disagreeing);
    });

    private TherapyRecord Read(DbConnection connection, PatientId patient, (long Seq, string Hash) head, TherapyRecord? resumed, bool fresh, List<(TherapyRecord, (long, string))> stale)
    {
        if (resumed is not null && fresh)
        {
            return resumed;
        }

        var record = resumed ?? cache.Snapshots.Rebuild(cache.All(connection, patient));
        stale.Add((record, head));
        return record;
    }

    /// <summary>Saves the snapshots read anew, best effort: a log that cannot be written now is read the same way next time.</summary>
    private void Save(List<(TherapyRecord Record, (long Seq, string Hash) Head)> stale)
    {
        if (stale.Count == 0)
        {
            return;
        }

        try
        {
            database.Write(stale.Select(s => s.Record.Patient.Id), connection =>
            {
                foreach (var (record, head) in stale)
                {
                    // Only while the chain still ends where the record was read up to (an append meanwhile saved its own).
                    if (EventRows.Head(connection, record.Patient.Id) == head)
                    {
                        cache.Save(connection, record, head);
                    }
                }

                return stale.Count;
            });
        }
        catch (StorageException)
        {
            // A cache: not saving it loses nothing.
        }
    }
}
