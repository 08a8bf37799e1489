using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.App.TherapyLog;

/// <summary>Reads every registered patient's log and builds today's refill schedule (for <c>itb schedule</c> and the terminal UI).</summary>
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
        var timelines = log.Patients.All().Select(p => TherapyTimeline.Read(events.Events(p.Patient.Id)));
        return ClinicSchedule.Build(timelines, protocol, today, time.LocalTimeZone);
    }
}
