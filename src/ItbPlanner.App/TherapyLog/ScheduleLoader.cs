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
    /// <summary>The schedule for today in the clock's local time zone.</summary>
    /// <exception cref="Storage.StorageException">The log cannot be opened.</exception>
    public static ClinicSchedule Load(LogAccess log, Protocol protocol, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(time);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var events = log.Events;
        var timelines = log.Patients.All().Select(p => TherapyRecord.Read(protocol, events.Events(p.Patient.Id)));
        return ClinicSchedule.Build(timelines, protocol, today, time.LocalTimeZone);
    }

    /// <summary>One patient's outlook today in the clock's local time zone, computed as the schedule computes it.</summary>
    public static PatientOutlook Outlook(TherapyRecord timeline, Protocol protocol, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return PatientOutlook.Read(timeline, protocol, DateOnly.FromDateTime(time.GetLocalNow().DateTime), time.LocalTimeZone);
    }
}
