using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Integrity;
using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.Application.Clinic;

/// <summary>
/// Builds the home screen's model: the clinic's refill schedule (every patient with a pump, most urgent first, dates
/// recomputed by <see cref="ClinicSchedule"/>) followed by the patients not yet implanted; plans not yet transferred;
/// open alarms; and the critical findings still waiting for an acknowledgement (an open withdrawal emergency stays
/// among them until it is resolved).
/// </summary>
/// <param name="patients">Opens every patient's file.</param>
/// <param name="log">The therapy log (read only): where it is.</param>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock: today, and how moments are shown.</param>
/// <param name="checkpoints">The age of the log's newest signed checkpoint, for its reminder.</param>
/// <param name="records">
/// The patients' records through their course snapshots (issue 13): the home screen needs only where each patient stands
/// (course, program, newest fill, alarms, pending plan), so it reads no patient's whole log; without it every log is read
/// whole.
/// </param>
public sealed class ClinicOverview(OpenPatient patients, ITherapyLogReader log, Protocol protocol, TimeProvider clock, CheckpointAge checkpoints, ITherapyRecords? records = null)
{
    /// <summary>The clinic today.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    public HomeModel Build()
    {
        IReadOnlyList<PatientFile> files = records is null ? patients.All() : [.. records.All().Select(patients.Of)];
        var schedule = ClinicSchedule.Build(files.Select(f => f.Record), protocol, clock.Today(), clock.LocalTimeZone);
        return Build(files, schedule, log.Location, clock.Local) with { Checkpoint = checkpoints.Reminder() };
    }

    /// <summary>The model for a day.</summary>
    public static HomeModel Build(IReadOnlyList<PatientFile> files, ClinicSchedule schedule, string database, Func<DateTimeOffset, string> local)
    {
        var byId = files.ToDictionary(f => f.Id);
        var scheduled = schedule.Entries.Where(e => byId.ContainsKey(e.PatientId)).ToArray();
        var rows = scheduled.Select(e => Row(e, byId[e.PatientId]))
            .Concat(files.Where(f => scheduled.All(e => e.PatientId != f.Id)).OrderBy(f => f.Id.Value, StringComparer.Ordinal).Select(NotScheduled))
            .ToArray();
        var pending = files.Where(f => f.Record.PendingTransfer is not null).Select(f => (f.Id, f.Record.PendingTransfer!)).ToArray();
        var alarms = files.SelectMany(f => f.OpenAlarms.Select(a => (f.Id, a))).OrderBy(a => a.a.At).ToArray();
        var critical = scheduled.SelectMany(e => Critical(e, byId[e.PatientId], local)).ToList();
        foreach (var (id, alarm) in alarms.Where(a => scheduled.All(e => e.PatientId != a.Id)))
        {
            critical.Add(new CriticalItem(id, AlertOf(alarm, local), alarm.Seq));
        }

        return new HomeModel(schedule.Today, database, rows, pending, alarms, critical);
    }

    /// <summary>An unacknowledged alarm as an alert (critical, since it waits for acknowledgement).</summary>
    public static Alert AlertOf(AlarmRecord alarm, Func<DateTimeOffset, string> local) => alarm.Alarm == AlarmType.SafetyAlert
        ? Alert.Critical(alarm.AlertCode ?? AlertCodes.AlarmUnacknowledged, $"{alarm.Details} (raised {local(alarm.At)}, event {alarm.Seq}, not yet acknowledged)")
        : Alert.Critical(AlertCodes.AlarmUnacknowledged, $"Pump alarm {LogCodes.Code(alarm.Alarm)} recorded {local(alarm.At)} (event {alarm.Seq}){(alarm.Details is null ? string.Empty : ": " + alarm.Details)}; not yet acknowledged.");

    private static ScheduleRow Row(ScheduleEntry entry, PatientFile file) => new(
        entry.PatientId,
        entry.Label,
        file.Phase,
        entry.Program.Suspended ? null : entry.Program.Dose,
        entry.RefillByDate,
        entry.AlarmDate,
        entry.DaysUntilRefillBy,
        entry.Urgency,
        entry.HasWithdrawalRisk,
        file.Record.PendingTransfer,
        file.OpenAlarms.Count,
        [.. entry.Alerts.Where(a => a.Severity >= AlertSeverity.Warning && a.Code is not (AlertCodes.RefillOverdue or AlertCodes.PastAlarmDate or AlertCodes.AlarmUnacknowledged or AlertCodes.WithdrawalRisk)).Select(a => a.Code).Distinct()],
        entry.Program.Concentration);

    private static ScheduleRow NotScheduled(PatientFile file) => new(
        file.Id,
        file.Patient.Label,
        file.Phase,
        null,
        null,
        null,
        null,
        null,
        file.Patient.HasWithdrawalRisk,
        file.Record.PendingTransfer,
        file.OpenAlarms.Count,
        []);

    private static IEnumerable<CriticalItem> Critical(ScheduleEntry entry, PatientFile file, Func<DateTimeOffset, string> local)
    {
        // A finding is acknowledged once per fill and program: by a safety alert of its code raised since either changed.
        var since = entry.LastFill?.At > entry.Program.Since ? entry.LastFill.At : entry.Program.Since;
        // An open withdrawal emergency stays in the list until it is resolved, acknowledged or not.
        foreach (var alert in entry.Alerts.Where(a => a.Severity == AlertSeverity.Critical && a.Code != AlertCodes.AlarmUnacknowledged))
        {
            if (alert.Code == AlertCodes.WithdrawalEmergencyOpen
                || !file.Record.Alarms.Any(a => a.Alarm == AlarmType.SafetyAlert && a.AlertCode == alert.Code && a.At >= since))
            {
                yield return new CriticalItem(entry.PatientId, alert);
            }
        }

        foreach (var alarm in file.OpenAlarms.Where(a => a.Alarm is not (AlarmType.ElectiveReplacement or AlarmType.Other)))
        {
            yield return new CriticalItem(entry.PatientId, AlertOf(alarm, local), alarm.Seq);
        }
    }
}
