using ItbPlanner.App.TherapyLog;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using Microsoft.Extensions.DependencyInjection;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>
/// A logged refill is reconciled before it is stored: the aspirated residual against the residual the log's last fill
/// and program predict. Every alert is reported once the refill is recorded, and each critical one (under-delivery:
/// withdrawal risk; over-delivery; a reservoir that should have run dry) is logged as an alarm that stays open until
/// someone acknowledges it.
/// </summary>
internal static class RefillReconciliation
{
    /// <summary>The reconciliation, or null when the log has no fill or program to compare with.</summary>
    public static ReconciliationResult? Check(RecordContext context, Volume aspirated)
    {
        try
        {
            var log = context.Cli.Services.GetRequiredService<LogAccess>();
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.At, context.Cli.Clock.LocalTimeZone).DateTime);
            var (_, result) = ReconcileFromLog.Reconcile(log, context.Protocol, context.PatientId, aspirated, day, context.Cli.Clock.LocalTimeZone);
            foreach (var alert in result.Alerts.Where(a => a.Severity >= AlertSeverity.Warning))
            {
                context.Note($"{alert.Severity.ToString().ToUpperInvariant()} {alert.Code}: {alert.Message}");
            }

            return result;
        }
        catch (UserInputException)
        {
            return null;
        }
    }

    /// <summary>An alarm-raised event for each critical reconciliation alert, recorded with the refill.</summary>
    public static IReadOnlyList<NewEvent>? AlarmsFor(RecordContext context, ReconciliationResult? result)
    {
        var critical = result?.Alerts.Where(a => a.Severity == AlertSeverity.Critical).ToList() ?? [];
        return critical.Count == 0
            ? null
            : [.. critical.Select(a => new NewEvent(context.PatientId, context.At, context.Author, new AlarmRaisedPayload(AlarmType.SafetyAlert, a.Message, a.Code), "raised by the refill's reconciliation"))];
    }
}
