using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.App.TherapyLog;

/// <summary>
/// Reads every registered patient's log and builds today's refill schedule (for <c>itb schedule</c> and the terminal UI),
/// or one patient's outlook (for every view of a patient's dates): the same computation, on the clock's today and zone.
/// </summary>
internal static class ScheduleLoader
{
    /// <summary>
    /// The schedule for today in the clock's local time zone; its alerts end with <c>CHECKPOINT_STALE</c> when the newest
    /// signed checkpoint of the log is older than the protocol's <c>log.checkpointMaxAgeDays</c> (or none was taken).
    /// </summary>
    /// <exception cref="Storage.StorageException">The log cannot be opened.</exception>
    public static ClinicSchedule Load(LogAccess log, Protocol protocol, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(time);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var events = log.Events;
        var timelines = log.Patients.All().Select(p => TherapyTimeline.Read(events.Events(p.Patient.Id)));
        var schedule = ClinicSchedule.Build(timelines, protocol, today, time.LocalTimeZone);
        return CheckpointReminder.Check(log.Checkpoints.Newest(), protocol.Log, time.GetUtcNow()) is { } stale
            ? schedule with { Alerts = [.. schedule.Alerts, stale] }
            : schedule;
    }

    /// <summary>One patient's outlook today in the clock's local time zone, computed as the schedule computes it.</summary>
    public static PatientOutlook Outlook(TherapyTimeline timeline, Protocol protocol, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return PatientOutlook.Read(timeline, protocol, DateOnly.FromDateTime(time.GetLocalNow().DateTime), time.LocalTimeZone);
    }
}
