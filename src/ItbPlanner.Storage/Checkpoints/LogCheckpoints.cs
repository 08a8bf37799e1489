using System.Data.Common;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage.Internal;

namespace ItbPlanner.Storage.Checkpoints;

/// <summary>
/// Takes signed checkpoints of a log and checks a log against one. Taking one audits the log first
/// (<see cref="LogVerifier.Audit"/>) and reads the heads in the same read transaction, so what is signed is exactly what
/// was verified; the <c>checkpoints</c> table then records that it was taken (for the reminder when the newest is old),
/// never the key. Checking one needs only its public key: every head must still be in the chain, at the same sequence
/// number with the same hash, which (the chain being intact) means the checkpointed history is an unchanged prefix of
/// today's.
/// </summary>
/// <param name="database">The open log.</param>
public sealed class LogCheckpoints(LogDatabase database)
{
    private readonly LogDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Audits the log and, when intact, signs every patient's head and records that a checkpoint was taken.</summary>
    /// <returns>The checkpoint, or null with the audit's problems when the log is not intact (nothing is signed then).</returns>
    /// <exception cref="StorageException">The database cannot be read or written.</exception>
    public LogCheckpoint? Take(CheckpointSigningKey key, out LogAudit audit)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (checkedLog, heads, applicationId) = database.Snapshot(connection =>
        {
            var result = new LogVerifier(database).Audit();
            return (result, result.IsIntact ? Heads(connection) : [], database.ApplicationId(connection));
        });
        audit = checkedLog;
        if (!audit.IsIntact)
        {
            return null;
        }

        var unsigned = new LogCheckpoint(database.Clock.GetUtcNow(), applicationId, heads, key.PublicKey.KeyId, string.Empty);
        var checkpoint = unsigned with { Signature = Convert.ToBase64String(key.Sign(unsigned.CanonicalBytes())) };
        database.Write([], connection =>
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO checkpoints (taken_at, digest, key_id, patients, events) VALUES (@at, @digest, @key, @patients, @events)";
            insert.AddParameter("@at", LogTimestamp.Format(checkpoint.CreatedAt));
            insert.AddParameter("@digest", checkpoint.Digest);
            insert.AddParameter("@key", checkpoint.KeyId);
            insert.AddParameter("@patients", checkpoint.Heads.Count);
            insert.AddParameter("@events", checkpoint.Events);
            return insert.ExecuteNonQuery();
        });
        return checkpoint;
    }

    /// <summary>When the newest checkpoint was taken, or null when none was (or the record is unreadable).</summary>
    /// <exception cref="StorageException">The database cannot be read.</exception>
    public DateTimeOffset? Newest() => database.Read(connection =>
        Sql.Scalar(connection, "SELECT max(taken_at) FROM checkpoints") is string text && LogTimestamp.TryParse(text, out var at) ? at : (DateTimeOffset?)null);

    /// <summary>
    /// What does not match between a checkpoint and the log: the signature (with the public key given), then each head
    /// (of one patient, or of all). Empty when the checkpoint is authentic and every head is still in the chain.
    /// </summary>
    /// <exception cref="StorageException">The database cannot be read.</exception>
    public IReadOnlyList<LogProblem> Check(LogCheckpoint checkpoint, CheckpointPublicKey publicKey, PatientId? patient = null)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(publicKey);
        var taken = LogTimestamp.Format(checkpoint.CreatedAt);
        if (!Authentic(checkpoint, publicKey))
        {
            var why = checkpoint.KeyId == publicKey.KeyId
                ? "the file was changed after signing"
                : $"it names key {checkpoint.KeyId}, the public key given is {publicKey.KeyId}";
            return [new LogProblem("checkpoint-signature", $"the checkpoint of {taken} does not verify with the public key given ({why}): it cannot vouch for the log.")];
        }

        return database.Read(connection =>
        {
            var problems = new List<LogProblem>();
            foreach (var head in checkpoint.Heads.Where(h => patient is null || h.PatientId == patient))
            {
                if (Problem(connection, head, taken) is { } problem)
                {
                    problems.Add(problem);
                }
            }

            return problems;
        });
    }

    private static bool Authentic(LogCheckpoint checkpoint, CheckpointPublicKey publicKey)
    {
        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(checkpoint.Signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return publicKey.Verifies(checkpoint.CanonicalBytes(), signature);
    }

    private static LogProblem? Problem(DbConnection connection, CheckpointHead head, string taken)
    {
        var id = head.PatientId;
        var newest = EventRows.Head(connection, id);
        if (newest is null)
        {
            return new LogProblem("checkpoint-head-missing", $"patient {id} is missing: the checkpoint of {taken} holds their log up to event {head.Seq}, the log has none of it (the patient was deleted, or the file replaced).", id, head.Seq);
        }

        if (newest.Value.Seq < head.Seq)
        {
            return new LogProblem("checkpoint-head-shorter", $"patient {id}'s log ends at event {newest.Value.Seq}, shorter than the checkpoint of {taken} (event {head.Seq}): events were removed or the file rolled back.", id, head.Seq);
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT hash FROM events WHERE patient_id = @patient AND seq = @seq";
        command.AddParameter("@patient", id.Value);
        command.AddParameter("@seq", head.Seq);
        var stored = command.ExecuteScalar() as string;
        if (!string.Equals(stored, head.Hash, StringComparison.Ordinal))
        {
            var found = stored is null ? "is missing" : $"has hash {stored[..Math.Min(12, stored.Length)]}...";
            return new LogProblem("checkpoint-head-different", $"patient {id} event {head.Seq} {found}, the checkpoint of {taken} has {head.Hash[..Math.Min(12, head.Hash.Length)]}...: the history up to it was rewritten.", id, head.Seq);
        }

        return null;
    }

    private static List<CheckpointHead> Heads(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT e.patient_id, e.seq, e.hash FROM events e"
            + " JOIN (SELECT patient_id, max(seq) AS head FROM events GROUP BY patient_id) h ON h.patient_id = e.patient_id AND e.seq = h.head"
            + " ORDER BY e.patient_id";
        using var reader = command.ExecuteReader();
        var heads = new List<CheckpointHead>();
        while (reader.Read())
        {
            heads.Add(new CheckpointHead(new PatientId(reader.GetString(0)), reader.GetInt64(1), reader.GetString(2)));
        }

        return [.. LogCheckpoint.Ordered(heads)];
    }
}
