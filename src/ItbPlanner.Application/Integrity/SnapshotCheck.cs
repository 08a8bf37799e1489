namespace ItbPlanner.Application.Integrity;

/// <summary>
/// The course snapshots checked by <c>itb log verify</c>: each one saved under the protocol in force rebuilt from the
/// patient's log up to its head and compared (a snapshot is a cache, but the workflow guard and the schedule believe one
/// whose head is in the chain).
/// </summary>
/// <param name="Checked">How many snapshots were compared with the log; null when none could be.</param>
/// <param name="NotChecked">Why none could be (the log is not intact, or the protocol cannot be read); null when checked.</param>
public sealed record SnapshotCheck(int? Checked, string? NotChecked = null);
