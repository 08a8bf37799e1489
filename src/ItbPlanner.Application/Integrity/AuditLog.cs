using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Integrity;

/// <summary>
/// Audits the log (<c>itb log verify</c>): the file, its schema and append-only triggers, the patients table against the
/// chain, every hash, and a signed checkpoint when one is given. For one patient's intact chain it gives the head hash.
/// </summary>
/// <param name="log">The therapy log (read only).</param>
/// <param name="integrity">The file, schema and checkpoint checks.</param>
public sealed class AuditLog(ITherapyLogReader log, ILogIntegrity integrity)
{
    /// <summary>The audit, and for one patient's intact log its head hash; where the log is.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">A checkpoint or key file cannot be read.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be opened.</exception>
    public (LogIntegrityReport Report, string? HeadHash, string Location) Audit(PatientId? patient, CheckpointAnchor? anchor)
    {
        var report = integrity.Audit(patient, anchor);
        var head = patient is { } one && report.IsIntact ? log.Head(one)?.Hash : null;
        return (report, head, log.Location);
    }
}
