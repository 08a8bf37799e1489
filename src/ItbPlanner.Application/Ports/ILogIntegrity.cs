using ItbPlanner.Application.Integrity;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Ports;

/// <summary>
/// What makes the log trustworthy beyond its hash chains: the file and schema checks, the patients table against the
/// chain, and signed checkpoints (the anchor a rewritten chain cannot forge). Reading never creates a log.
/// </summary>
public interface ILogIntegrity
{
    /// <summary>
    /// Audits the log in layers (the file's integrity, its application id and schema with the append-only triggers, the
    /// patients table, every hash chain, and a signed checkpoint when given) and reports every problem found.
    /// </summary>
    /// <param name="patient">Audit only this patient's chain; every patient's when null.</param>
    /// <param name="anchor">A checkpoint and the public key that checks it; none when null.</param>
    /// <exception cref="Domain.Errors.InvalidInputException">A checkpoint or key file cannot be read (names it).</exception>
    /// <exception cref="LogUnavailableException">The log cannot be opened.</exception>
    LogIntegrityReport Audit(PatientId? patient, CheckpointAnchor? anchor);

    /// <summary>Writes a new Ed25519 key pair for checkpoints into a folder (never over an existing key).</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The folder cannot take the keys.</exception>
    CheckpointKeys GenerateKeys(string directory);

    /// <summary>
    /// Audits the log and, when intact, signs every patient's head (seq, hash) with the private key and records that a
    /// checkpoint was taken; the checkpoint comes back as the text of its file, for the caller to write.
    /// </summary>
    /// <returns>The checkpoint, or null (with the audit's problems) when the log is not intact: nothing is signed then.</returns>
    /// <exception cref="Domain.Errors.InvalidInputException">The key file cannot be read.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be opened.</exception>
    TakenCheckpoint? Take(string privateKeyPath, out LogIntegrityReport audit);

    /// <summary>When the newest checkpoint of this log was taken, or null when none was (or there is no log).</summary>
    DateTimeOffset? NewestCheckpoint();
}
