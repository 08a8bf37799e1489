using ItbPlanner.App.Tui.Records;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.App.Tui.Models;

/// <summary>
/// Builds the home screen's model from the patients' files: the refill schedule ordered by refill-by date, plans not
/// yet transferred, open alarms, and the critical alerts (overdue refills not yet acknowledged, unacknowledged alarms).
/// </summary>
internal static class ClinicOverview
{
    /// <summary>The model for a date.</summary>
    public static HomeModel Build(IEnumerable<PatientFile> files, DateOnly today, string database, Func<DateTimeOffset, string> local)
    {
        var all = files.ToArray();
        var rows = all.Select(f => Row(f, today))
            .OrderBy(r => r.RefillBy is null)
            .ThenBy(r => r.RefillBy)
            .ThenBy(r => r.Id.Value, StringComparer.Ordinal)
            .ToArray();
        var pending = all.Where(f => f.Timeline.PendingTransfer is not null).Select(f => (f.Id, f.Timeline.PendingTransfer!)).ToArray();
        var alarms = all.SelectMany(f => f.OpenAlarms.Select(a => (f.Id, a))).OrderBy(a => a.a.At).ToArray();
        var critical = new List<CriticalItem>();
        foreach (var file in all)
        {
            if (Overdue(file, today) is { } overdue)
            {
                critical.Add(overdue);
            }
        }

        critical.AddRange(alarms.Select(a => new CriticalItem(a.Id, AlertOf(a.a, local), a.a.Seq)));
        return new HomeModel(today, database, rows, pending, alarms, critical);
    }

    /// <summary>An unacknowledged alarm as an alert.</summary>
    public static Alert AlertOf(Domain.Log.Timeline.AlarmRecord alarm, Func<DateTimeOffset, string> local) => alarm.Alarm == AlarmType.SafetyAlert
        ? Alert.Critical(alarm.AlertCode ?? AlertCodes.PumpAlarm, $"{alarm.Details} (raised {local(alarm.At)}, event {alarm.Seq})")
        : Alert.Critical(AlertCodes.PumpAlarm, $"Pump alarm {LogCodes.Code(alarm.Alarm)} recorded {local(alarm.At)} (event {alarm.Seq}){(alarm.Details is null ? string.Empty : ": " + alarm.Details)}.");

    private static ScheduleRow Row(PatientFile file, DateOnly today)
    {
        var timeline = file.Timeline;
        var dates = timeline.Program is null ? null : timeline.Dates;
        return new ScheduleRow(
            file.Id,
            file.Patient.Label,
            file.Phase,
            timeline.Program is { Suspended: false } program ? program.Dose : null,
            dates?.RefillByDate,
            dates?.AlarmDate,
            dates?.Stale ?? false,
            file.Patient.HasWithdrawalRisk,
            timeline.PendingTransfer,
            file.OpenAlarms.Count,
            dates?.RefillByDate is { } by ? by.DayNumber - today.DayNumber : null);
    }

    private static CriticalItem? Overdue(PatientFile file, DateOnly today)
    {
        var timeline = file.Timeline;
        if (timeline.Program is null || timeline.Dates is not { RefillByDate: { } refillBy } dates || refillBy >= today)
        {
            return null;
        }

        // Acknowledged once per set of dates: a REFILL_OVERDUE safety alert raised after the dates were recorded.
        var raised = timeline.Alarms.LastOrDefault(a => a.AlertCode == AlertCodes.RefillOverdue && a.Seq > dates.Seq);
        if (raised is not null)
        {
            return null;
        }

        var days = today.DayNumber - refillBy.DayNumber;
        return new CriticalItem(
            file.Id,
            Alert.Critical(
                AlertCodes.RefillOverdue,
                $"Patient {file.Id}: refill-by date {refillBy:yyyy-MM-dd} passed {days} day{(days == 1 ? string.Empty : "s")} ago"
                + (dates.AlarmDate is { } alarm ? $" (low-reservoir alarm {alarm:yyyy-MM-dd})" : string.Empty)
                + ": withdrawal risk. Refill now or book it today."));
    }
}
