using ItbPlanner.App.TherapyLog;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Storage;

namespace ItbPlanner.App.Tui.Records;

/// <summary>The UI's access to the therapy log: who is registered, one patient's file, and appending (through the workflow's guard).</summary>
internal sealed class ClinicRecords(LogAccess log, Protocol protocol, TimeProvider time)
{
    /// <summary>The log itself, for the readers the command line shares (schedule, reconciliation).</summary>
    public LogAccess Log => log;

    /// <summary>Where the log is.</summary>
    public string Location => log.ResolvePath().Path;

    /// <summary>Every registered patient, by id.</summary>
    public IReadOnlyList<RegisteredPatient> Patients() => log.Patients.All();

    /// <summary>Whether an id is taken.</summary>
    public bool Exists(PatientId id) => log.Patients.Exists(id);

    /// <summary>Reads one patient's file, with their outlook today (the dates recomputed as the schedule computes them).</summary>
    public PatientFile Load(PatientId id)
    {
        var events = log.Events.Events(id);
        var timeline = TherapyTimeline.Read(events);
        TherapyCourse? course = null;
        string? problem = null;
        try
        {
            course = CourseFromLog.Rebuild(protocol, events).Course;
        }
        catch (InvalidInputException e)
        {
            problem = e.Message;
        }

        var pumpId = LogEntries.PumpOf(timeline);
        return new PatientFile(events, timeline, course, problem, pumpId is null ? null : protocol.FindPump(pumpId), ScheduleLoader.Outlook(timeline, protocol, time));
    }

    /// <summary>Registers a patient.</summary>
    public LogEvent Register(Patient patient, DateTimeOffset at, string author) => log.Patients.Register(patient, at, author);

    /// <summary>Appends events in one transaction, all or none.</summary>
    public IReadOnlyList<LogEvent> Append(params NewEvent[] events) => log.Events.AppendAll(events);

    /// <summary>The events of one patient, filtered.</summary>
    public IReadOnlyList<LogEvent> Events(PatientId id, EventFilter? filter = null) => log.Events.Events(id, filter);

    /// <summary>The reminder that the newest signed checkpoint is older than the protocol allows (or missing), or null.</summary>
    public Alert? CheckpointReminder() => Domain.Log.CheckpointReminder.Check(log.Checkpoints.Newest(), protocol.Log, time.GetUtcNow());

    /// <summary>Verifies a patient's chain; the first break's message, or null when intact.</summary>
    public string? Verify(PatientId id) => log.Verifier.Verify(id).FirstBreak?.Message;
}
