using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Refills;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>
/// A logged refill is reconciled before it is stored: the aspirated residual against the residual the log's last fill
/// and program predict (as a reconciliation from the log does). Every warning is reported once the refill is recorded,
/// and each critical alert (under-delivery: withdrawal risk; over-delivery; a reservoir that should have run dry) is
/// logged as an alarm that stays open until someone acknowledges it, unless it was acknowledged at the visit.
/// </summary>
internal static class RefillReconciliation
{
    /// <summary>The reconciliation, or null when the log has no fill, program or known pump to compare with.</summary>
    public static Reconciled? Check(EntryContext context, Volume aspirated)
    {
        var request = FillFromLog.Read(context.Record, context.Protocol, aspirated, context.LocalDate, context.Zone, null, null, out _);
        if (request is null)
        {
            return null;
        }

        var result = ReconciliationCalculator.Reconcile(context.Protocol, request);
        foreach (var alert in result.Alerts.Where(a => a.Severity >= AlertSeverity.Warning))
        {
            context.Warn(alert);
        }

        return context.Reconciliation = new Reconciled(request, result, result.Alerts);
    }

    /// <summary>An alarm-raised event for each critical reconciliation alert not acknowledged at the visit, recorded with the refill.</summary>
    public static IReadOnlyList<NewEvent> AlarmsFor(EntryContext context, RefillEntry entry, Reconciled? reconciled) =>
    [
        .. (reconciled?.Result.Alerts ?? [])
            .Where(a => a.Severity == AlertSeverity.Critical && !entry.AcknowledgedAlerts.Contains(a.Code))
            .Select(a => context.Event(new AlarmRaisedPayload(AlarmType.SafetyAlert, a.Message, a.Code), "raised by the refill's reconciliation")),
    ];
}
