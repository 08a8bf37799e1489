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
    private const string PatientsWithEvents =
        "WITH RECURSIVE ids(id) AS (SELECT MIN(patient_id) FROM events"
        + " UNION ALL SELECT (SELECT MIN(patient_id) FROM events WHERE patient_id > ids.id) FROM ids WHERE ids.id IS NOT NULL)"
        + " SELECT id FROM ids WHERE id IS NOT NULL";

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
            var resumed = Saved(connection, patient).TryGetValue(patient.Value, out var row) ? cache.Resume(connection, patient, head, row.Seq, row.Body) : null;
            return Read(connection, patient, head, resumed, fresh: row.Seq == head.Seq, stale);
        });
        Save(stale);
        return record;
    }

    /// <summary>Every patient with events in the log (the chain, not the patients table, says who), ordered by id.</summary>
    /// <exception cref="EventPayloadException">A standing event's payload cannot be read.</exception>
    /// <exception cref="StorageException">The database cannot be read.</exception>
    public IReadOnlyList<TherapyRecord> All()
    {
        var stale = new List<(TherapyRecord, (long, string))>();
        var records = database.Snapshot(connection =>
        {
            var saved = Saved(connection, null);
            var read = new List<TherapyRecord>();
            foreach (var patient in Patients(connection))
            {
                var head = EventRows.Head(connection, patient)!.Value;
                var resumed = saved.TryGetValue(patient.Value, out var row) ? cache.Resume(connection, patient, head, row.Seq, row.Body) : null;
                read.Add(Read(connection, patient, head, resumed, fresh: row.Seq == head.Seq, stale));
            }

            return read;
        });
        Save(stale);
        return records;
    }

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

    private static List<PatientId> Patients(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PatientsWithEvents;
        using var reader = command.ExecuteReader();
        var ids = new List<PatientId>();
        while (reader.Read())
        {
            ids.Add(new PatientId(reader.GetString(0)));
        }

        return ids;
    }

    private Dictionary<string, (long Seq, string Body)> Saved(DbConnection connection, PatientId? only)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT patient_id, head_seq, body FROM course_snapshots WHERE version = @version AND protocol = @protocol"
            + (only is null ? string.Empty : " AND patient_id = @patient");
        if (only is { } patient)
        {
            command.AddParameter("@patient", patient.Value);
        }

        command.AddParameter("@version", CourseSnapshots.Version);
        command.AddParameter("@protocol", cache.Snapshots.Fingerprint);
        using var reader = command.ExecuteReader();
        var saved = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (!reader.IsDBNull(0) && !reader.IsDBNull(1) && !reader.IsDBNull(2))
            {
                saved[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
            }
        }

        return saved;
    }
}
