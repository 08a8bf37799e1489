using ItbPlanner.Application.Integrity;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage.Checkpoints;

namespace ItbPlanner.Storage.Adapters;

/// <summary>
/// The application's <see cref="ILogIntegrity"/> on the log (SQLite or PostgreSQL): <see cref="LogVerifier.Audit"/>, signed checkpoints
/// (<see cref="LogCheckpoints"/>, Ed25519 keys in PEM files). Never creates a log; a file SQLite cannot open at all is an
/// audit finding (<c>damaged-file</c>), not an error.
/// </summary>
/// <param name="connection">The invocation's log.</param>
public sealed class StoredLogIntegrity(LogConnection connection) : ILogIntegrity
{
    /// <inheritdoc/>
    public LogIntegrityReport Audit(PatientId? patient, CheckpointAnchor? anchor)
    {
        var (checkpoint, key) = anchor is null ? (null, null) : Read(anchor);
        try
        {
            return Report(new LogVerifier(connection.Open(reading: true)).Audit(patient, checkpoint, key));
        }
        catch (StorageException damaged) when (damaged.IsDamage)
        {
            // SQLite cannot even open it: the file layer's finding, the only one.
            return new LogIntegrityReport(0, 0, [new LogFinding("damaged-file", damaged.Message)], Summary(checkpoint));
        }
        catch (StorageException e)
        {
            throw new LogUnavailableException(e.Message, e);
        }
    }

    /// <inheritdoc/>
    public CheckpointKeys GenerateKeys(string directory)
    {
        try
        {
            using var key = CheckpointSigningKey.Generate();
            var (privatePath, publicPath) = KeyFiles.WritePair(directory, key);
            return new CheckpointKeys(privatePath, publicPath, key.PublicKey.KeyId);
        }
        catch (CheckpointException e)
        {
            throw new InvalidInputException("key folder", e.Message);
        }
    }

    /// <inheritdoc/>
    public TakenCheckpoint? Take(string privateKeyPath, out LogIntegrityReport audit)
    {
        CheckpointSigningKey key;
        try
        {
            key = CheckpointSigningKey.Load(privateKeyPath);
        }
        catch (CheckpointException e)
        {
            throw new InvalidInputException("private key", e.Message);
        }

        using (key)
        {
            try
            {
                var checkpoint = new LogCheckpoints(connection.Open(reading: true)).Take(key, out var checkedLog);
                audit = Report(checkedLog);
                return checkpoint is null ? null : new TakenCheckpoint(Summary(checkpoint)!, CheckpointFile.Write(checkpoint));
            }
            catch (StorageException e)
            {
                throw new LogUnavailableException(e.Message, e);
            }
        }
    }

    /// <inheritdoc/>
    public DateTimeOffset? NewestCheckpoint()
    {
        try
        {
            return new LogCheckpoints(connection.Open(reading: true)).Newest();
        }
        catch (StorageException)
        {
            return null; // no log, or one that cannot be read: the schedule says so itself
        }
    }

    private static (LogCheckpoint Checkpoint, CheckpointPublicKey Key) Read(CheckpointAnchor anchor)
    {
        LogCheckpoint checkpoint;
        try
        {
            checkpoint = CheckpointFile.Read(anchor.CheckpointPath);
        }
        catch (CheckpointException e)
        {
            throw new InvalidInputException("checkpoint", e.Message);
        }

        try
        {
            return (checkpoint, CheckpointPublicKey.Load(anchor.PublicKeyPath));
        }
        catch (CheckpointException e)
        {
            throw new InvalidInputException("public key", e.Message);
        }
    }

    private static LogIntegrityReport Report(LogAudit audit) => new(
        audit.Patients,
        audit.Events,
        [.. audit.Problems.Select(p => new LogFinding(p.Code, p.Message, p.PatientId, p.Seq))],
        Summary(audit.Checkpoint));

    private static CheckpointSummary? Summary(LogCheckpoint? checkpoint) =>
        checkpoint is null ? null : new CheckpointSummary(checkpoint.CreatedAt, checkpoint.KeyId, checkpoint.Heads.Count, checkpoint.Events, checkpoint.Digest);
}
