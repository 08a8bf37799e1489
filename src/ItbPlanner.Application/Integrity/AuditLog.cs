using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Integrity;

/// <summary>
/// Audits the log (<c>itb log verify</c>): the file, its schema and append-only triggers, the patients table against the
/// chain, every hash, and a signed checkpoint when one is given. For one patient's intact chain it gives the head hash.
/// </summary>
/// <param name="log">The therapy log (read only).</param>
/// <param name="integrity">The file, schema and checkpoint checks.</param>
/// <param name="records">
/// The course snapshots, asked for only once the log is found intact (they need the protocol in force, which an audit of
/// the chains does not); without it snapshots are not compared.
/// </param>
public sealed class AuditLog(ITherapyLogReader log, ILogIntegrity integrity, Func<ITherapyRecords>? records = null)
{
    /// <summary>The audit, and for one patient's intact log its head hash; where the log is.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">A checkpoint or key file cannot be read.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be opened.</exception>
    public (LogIntegrityReport Report, string? HeadHash, string Location) Audit(PatientId? patient, CheckpointAnchor? anchor)
    {
        var report = WithSnapshots(integrity.Audit(patient, anchor), patient);
        var head = patient is { } one && report.IsIntact ? log.Head(one)?.Hash : null;
        return (report, head, log.Location);
    }

    /// <summary>
    /// The report with the course snapshots compared, when the log is otherwise intact: a snapshot disagreeing with its
    /// log was written outside itb, and the guard and the schedule would have believed it. Under a protocol that cannot
    /// be read no snapshot is used, so none is compared.
    /// </summary>
    private LogIntegrityReport WithSnapshots(LogIntegrityReport report, PatientId? patient)
    {
        if (records is null)
        {
            return report;
        }

        if (!report.IsIntact)
        {
            return report with { Snapshots = new SnapshotCheck(null, "the log is not intact") };
        }

        try
        {
            var (compared, disagreements) = records().Compare(patient);
            return report with { Problems = [.. report.Problems, .. disagreements], Snapshots = new SnapshotCheck(compared) };
        }
        catch (InvalidProtocolException e)
        {
            return report with { Snapshots = new SnapshotCheck(null, $"the protocol cannot be read ({e.Message})") };
        }
    }
}
