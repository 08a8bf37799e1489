using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Log;

/// <summary>
/// Whether it is time for a new signed checkpoint of the log: the newest is older than the protocol's
/// <c>log.checkpointMaxAgeDays</c> (whole days between the two moments, exactly), or none was taken.
/// </summary>
public static class CheckpointReminder
{
    /// <summary>The <c>CHECKPOINT_STALE</c> warning, or null when the newest checkpoint is recent enough or the protocol sets no age.</summary>
    /// <param name="newest">When the newest checkpoint was taken; null when none was.</param>
    /// <param name="rules">The protocol's log rules; null means no reminder.</param>
    /// <param name="now">The current moment.</param>
    public static Alert? Check(DateTimeOffset? newest, LogRules? rules, DateTimeOffset now)
    {
        if (rules is null)
        {
            return null;
        }

        var limit = rules.CheckpointMaxAgeDays;
        var rule = $"at most {limit.Value} days old: {limit.Source.Cite()}";
        if (newest is not { } taken)
        {
            return Alert.Warning(
                AlertCodes.CheckpointStale,
                $"No signed checkpoint of the log has been taken: a rewritten, truncated or rolled-back log cannot be detected; take one with 'itb log checkpoint' ({rule}).");
        }

        var days = (now - taken).Ticks / TimeSpan.TicksPerDay;
        return days > limit.Value
            ? Alert.Warning(
                AlertCodes.CheckpointStale,
                $"The newest signed checkpoint of the log is {days} days old (taken {taken.UtcDateTime:yyyy-MM-dd HH:mm} UTC): events since are protected by the hash chain only; take one with 'itb log checkpoint' ({rule}).")
            : null;
    }
}
