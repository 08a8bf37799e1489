namespace ItbPlanner.Domain.Alerts;

// The log's own safekeeping.
public static partial class AlertCodes
{
    /// <summary>
    /// The newest signed checkpoint of the log is older than the protocol's <c>log.checkpointMaxAgeDays</c>, or none
    /// was taken: events since are protected by the hash chain only (a warning; take one with <c>itb log checkpoint</c>).
    /// </summary>
    public const string CheckpointStale = "CHECKPOINT_STALE";
}
