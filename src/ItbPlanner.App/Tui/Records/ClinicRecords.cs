using ItbPlanner.App.TherapyLog;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
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
        var timeline = TherapyRecord.Read(protocol, events);
        var (course, problem) = (timeline.Course, timeline.CourseProblem);

        var pumpId = LogEntries.PumpOf(timeline);
        return new PatientFile(events, timeline, course, problem, pumpId is null ? null : protocol.FindPump(pumpId), ScheduleLoader.Outlook(timeline, protocol, time));
    }

    /// <summary>Registers a patient.</summary>
    public LogEvent Register(Patient patient, DateTimeOffset at, string author) => log.Patients.Register(patient, at, author);

    /// <summary>Appends events in one transaction, all or none.</summary>
    public IReadOnlyList<LogEvent> Append(params NewEvent[] events) => log.Events.AppendAll(events);

    /// <summary>The events of one patient, filtered.</summary>
    public IReadOnlyList<LogEvent> Events(PatientId id, EventFilter? filter = null) => log.Events.Events(id, filter);

    /// <summary>Verifies a patient's chain; the first break's message, or null when intact.</summary>
    public string? Verify(PatientId id) => log.Verifier.Verify(id).FirstBreak?.Message;
}
