using ItbPlanner.Application.Ports;

namespace ItbPlanner.Application.Integrity;

/// <summary>
/// Takes a signed checkpoint of the log (<c>itb log checkpoint</c>): audits the log and, when intact, signs every
/// patient's head; the caller writes the checkpoint file somewhere the log's writers cannot reach.
/// </summary>
/// <param name="integrity">The audit and the signing.</param>
public sealed class TakeCheckpoint(ILogIntegrity integrity)
{
    /// <summary>The checkpoint, or null with the audit's problems when the log is not intact (nothing is signed).</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The key file cannot be read.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be opened.</exception>
    public TakenCheckpoint? Take(string privateKeyPath, out LogIntegrityReport audit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKeyPath);
        return integrity.Take(privateKeyPath, out audit);
    }
}
