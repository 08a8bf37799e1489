using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Application.Clinic;

/// <summary>
/// Acknowledges critical alerts: each one not yet in the log is raised first (an <c>alarm-raised</c> safety alert with its
/// code, in one transaction), then every one is acknowledged with what is being done (in a second). The acknowledgement is
/// its own confirmation: it stays logged even if the visit that raised the alert is then abandoned.
/// </summary>
/// <param name="log">The therapy log.</param>
/// <param name="clock">The clock: the moment of the acknowledgement.</param>
public sealed class AcknowledgeAlerts(ITherapyLog log, TimeProvider clock)
{
    /// <summary>Raises and acknowledges the alerts at <paramref name="at"/> (a visit entered afterwards stamps its own
    /// moment, never the wall clock's; now when null); returns the events logged.</summary>
    /// <exception cref="Domain.Errors.ProtocolLimitException">The workflow's guard refused an event.</exception>
    /// <exception cref="Domain.Errors.InvalidInputException">An event is impossible (an empty action).</exception>
    /// <exception cref="LogUnavailableException">The log cannot be written.</exception>
    public IReadOnlyList<LogEvent> Acknowledge(IReadOnlyList<CriticalItem> items, string action, string author, string raisedBecause, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var now = at ?? clock.GetUtcNow();
        var toRaise = items.Where(i => i.AlarmSeq is null).ToArray();
        var raised = toRaise.Length == 0
            ? []
            : log.Append([.. toRaise.Select(i => new NewEvent(i.Patient, now, author, new AlarmRaisedPayload(AlarmType.SafetyAlert, i.Alert.Message, i.Alert.Code), raisedBecause))]);
        var seqs = items.Where(i => i.AlarmSeq is not null).Select(i => (i.Patient, Seq: i.AlarmSeq!.Value)).Concat(raised.Select(e => (Patient: e.PatientId, e.Seq)));
        var acknowledged = log.Append([.. seqs.Select(s => new NewEvent(s.Patient, now, author, new AlarmAcknowledgedPayload(s.Seq, action)))]);
        return [.. raised, .. acknowledged];
    }
}
