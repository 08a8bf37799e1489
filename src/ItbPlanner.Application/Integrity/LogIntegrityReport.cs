namespace ItbPlanner.Application.Integrity;

/// <summary>What an audit of the log found: how much was checked, and every problem, file checks first.</summary>
/// <param name="Patients">How many patients' chains were checked.</param>
/// <param name="Events">How many events were checked.</param>
/// <param name="Problems">Everything wrong, in the order checked: the file, its schema, the patients table, the chains, the checkpoint.</param>
/// <param name="Checkpoint">The checkpoint checked against, if any.</param>
/// <param name="Snapshots">The course snapshots compared with the log, when the audit compared them.</param>
public sealed record LogIntegrityReport(int Patients, long Events, IReadOnlyList<LogFinding> Problems, CheckpointSummary? Checkpoint = null, SnapshotCheck? Snapshots = null)
{
    /// <summary>Whether nothing is wrong.</summary>
    public bool IsIntact => Problems.Count == 0;

    /// <summary>The first break to name: the first problem in a chain, else the first problem; null when intact.</summary>
    public LogFinding? FirstBreak => Problems.FirstOrDefault(p => p.IsChain) ?? (Problems.Count > 0 ? Problems[0] : null);
}
