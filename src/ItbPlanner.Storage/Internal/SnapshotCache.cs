using System.Data.Common;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Snapshots;
using ItbPlanner.Domain.Log.Timeline;

namespace ItbPlanner.Storage.Internal;

/// <summary>
/// The course snapshots table (issue 13): a patient's record saved with the chain head it was read up to, taken up again
/// with the events after that head. A row that does not match the chain is ignored (the caller reads the log whole and
/// saves a new one); the table is a cache, so its rows are replaced and may be deleted at any time.
/// </summary>
internal sealed class SnapshotCache(CourseSnapshots snapshots, string path)
{
    /// <summary>The snapshots' protocol and format.</summary>
    public CourseSnapshots Snapshots => snapshots;

    /// <summary>
    /// The patient's record from their snapshot and the events stored after it, or null when there is no usable one (none,
    /// another version or protocol, a head the chain does not hold, a correction or late entry since).
    /// </summary>
    public TherapyRecord? Load(DbConnection connection, PatientId patient, (long Seq, string Hash) head) =>
        Saved(connection, patient) is { } saved ? Resume(connection, patient, head, saved.Seq, saved.Body) : null;

    /// <summary>The patient's snapshot under this version and protocol, as saved: its head sequence number and body; null without one.</summary>
    public (long Seq, string Body)? Saved(DbConnection connection, PatientId patient)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT head_seq, body FROM course_snapshots WHERE patient_id = @patient AND version = @version AND protocol = @protocol";
        command.AddParameter("@patient", patient.Value);
        command.AddParameter("@version", CourseSnapshots.Version);
        command.AddParameter("@protocol", snapshots.Fingerprint);
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) && !reader.IsDBNull(1) ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    /// <summary>The record from a snapshot already read (its head sequence number and body), or null when it cannot be used.</summary>
    public TherapyRecord? Resume(DbConnection connection, PatientId patient, (long Seq, string Hash) head, long seq, string body)
    {
        if (seq < 1 || seq > head.Seq)
        {
            return null; // the chain is shorter than the snapshot: it was not read from this log as it stands
        }

        if (seq == head.Seq)
        {
            return snapshots.Resume(patient, body, seq, head.Hash, []);
        }

        var hash = HashAt(connection, patient, seq);
        return hash is null ? null : snapshots.Resume(patient, body, seq, hash, After(connection, patient, seq));
    }

    /// <summary>The patient's record read from their whole log, resumable; null when the log cannot be read as one (the caller reads it as before).</summary>
    public TherapyRecord? Rebuild(IReadOnlyList<LogEvent> stored)
    {
        try
        {
            return snapshots.Rebuild(stored);
        }
        catch (Exception e) when (e is ArgumentException or EventPayloadException)
        {
            return null;
        }
    }

    /// <summary>Saves (replaces) the patient's snapshot: the record read up to the head.</summary>
    public void Save(DbConnection connection, TherapyRecord record, (long Seq, string Hash) head)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO course_snapshots (patient_id, version, protocol, head_seq, head_hash, body)"
            + " VALUES (@patient, @version, @protocol, @seq, @hash, @body)"
            + " ON CONFLICT (patient_id) DO UPDATE SET version = excluded.version, protocol = excluded.protocol,"
            + " head_seq = excluded.head_seq, head_hash = excluded.head_hash, body = excluded.body";
        command.AddParameter("@patient", record.Patient.Id.Value);
        command.AddParameter("@version", CourseSnapshots.Version);
        command.AddParameter("@protocol", snapshots.Fingerprint);
        command.AddParameter("@seq", head.Seq);
        command.AddParameter("@hash", head.Hash);
        command.AddParameter("@body", snapshots.Take(record, head.Seq, head.Hash));
        command.ExecuteNonQuery();
    }

    /// <summary>Every stored event of the patient, in sequence order.</summary>
    public List<LogEvent> All(DbConnection connection, PatientId patient) => After(connection, patient, 0);

    private static string? HashAt(DbConnection connection, PatientId patient, long seq)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT hash FROM events WHERE patient_id = @patient AND seq = @seq";
        command.AddParameter("@patient", patient.Value);
        command.AddParameter("@seq", seq);
        return command.ExecuteScalar() as string;
    }

    private List<LogEvent> After(DbConnection connection, PatientId patient, long seq)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventRows.Columns} FROM events WHERE patient_id = @patient AND seq > @seq ORDER BY seq";
        command.AddParameter("@patient", patient.Value);
        command.AddParameter("@seq", seq);
        using var reader = command.ExecuteReader();
        var events = new List<LogEvent>();
        while (reader.Read())
        {
            events.Add(EventRows.Read(reader, path));
        }

        return events;
    }
}
