using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Integrity;

/// <summary>
/// The reminder that the newest signed checkpoint of the log is older than the protocol's <c>log.checkpointMaxAgeDays</c>
/// (or that none was taken): <c>CHECKPOINT_STALE</c>, for the schedule and the home screen.
/// </summary>
/// <param name="integrity">When the newest checkpoint was taken.</param>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">Now.</param>
public sealed class CheckpointAge(ILogIntegrity integrity, Protocol protocol, TimeProvider clock)
{
    /// <summary>The reminder, or null when the newest checkpoint is recent enough (or the protocol asks for none).</summary>
    public Alert? Reminder() => CheckpointReminder.Check(integrity.NewestCheckpoint(), protocol.Log, clock.GetUtcNow());
}
