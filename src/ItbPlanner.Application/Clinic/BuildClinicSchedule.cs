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
    /// <param name="withinDays">Only refills due within this many days, when given.</param>
    /// <param name="withWorking">
    /// Keep each patient's working lines. A view that does not show them (the table without <c>--working</c>) leaves them
    /// out as each patient is read, so a clinic's worth of explanation is never held at once; the dates and alerts are
    /// the same either way.
    /// </param>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinDays"/> is negative.</exception>
    public ClinicSchedule Build(int? withinDays = null, bool withWorking = true)
    {
        var (today, zone) = (clock.Today(), clock.LocalTimeZone);
        PatientOutlook Outlook(TherapyRecord record)
        {
            var outlook = PatientOutlook.Read(record, protocol, today, zone);
            return withWorking ? outlook : outlook.WithoutWorking();
        }

        var outlooks = records is null
            ? log.Patients().Select(p => Outlook(TherapyRecord.Read(protocol, log.Events(p.Patient.Id))))
            : records.Each(Outlook);
        var schedule = ClinicSchedule.Of(outlooks, today);
        if (checkpoints.Reminder() is { } stale)
        {
            schedule = schedule with { Alerts = [.. schedule.Alerts, stale] };
        }

        return withinDays is { } days ? schedule.Within(days) : schedule;
    }
}
