using ItbPlanner.Application.Integrity;
using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.Application.Clinic;

/// <summary>
/// Builds today's refill schedule: every registered patient with a program in force, most urgent first, every date
/// recomputed from their log (never the stored dates), on the clinic's today and time zone.
/// </summary>
/// <param name="log">The therapy log (read only).</param>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock.</param>
/// <param name="checkpoints">The age of the newest signed checkpoint: the schedule's alerts end with <c>CHECKPOINT_STALE</c>
/// when it is older than the protocol allows (or none was taken).</param>
/// <param name="records">The patients' records through their course snapshots (issue 13); without it every patient's log is read whole.</param>
public sealed class BuildClinicSchedule(ITherapyLogReader log, Protocol protocol, TimeProvider clock, CheckpointAge checkpoints, ITherapyRecords? records = null)
{
    /// <summary>The schedule; with <paramref name="withinDays"/>, only refills due within that many days (and every overdue or unknown one).</summary>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinDays"/> is negative.</exception>
    public ClinicSchedule Build(int? withinDays = null)
    {
        var (today, zone) = (clock.Today(), clock.LocalTimeZone);
        var schedule = records is null
            ? ClinicSchedule.Build(log.Patients().Select(p => TherapyRecord.Read(protocol, log.Events(p.Patient.Id))), protocol, today, zone)
            : ClinicSchedule.Of(records.Each(record => PatientOutlook.Read(record, protocol, today, zone)), today);
        if (checkpoints.Reminder() is { } stale)
        {
            schedule = schedule with { Alerts = [.. schedule.Alerts, stale] };
        }

        return withinDays is { } days ? schedule.Within(days) : schedule;
    }
}
