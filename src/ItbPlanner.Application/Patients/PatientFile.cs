using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Scheduling;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.Application.Patients;

/// <summary>One patient as a visit sees them: their record (the one reading of their log), their pump, and their outlook today.</summary>
/// <param name="Record">The log read in one pass: course, program, fills, alarms, pending transfer.</param>
/// <param name="Pump">The implanted pump model, when known to the protocol.</param>
/// <param name="Outlook">Their dates and alerts today, computed as the schedule computes them (never the dates stored in the log).</param>
public sealed record PatientFile(TherapyRecord Record, PumpModel? Pump, PatientOutlook Outlook)
{
    /// <summary>The patient's current details.</summary>
    public Patient Patient => Record.Patient;

    /// <summary>The patient's id.</summary>
    public PatientId Id => Patient.Id;

    /// <summary>Every stored event, in sequence order.</summary>
    public IReadOnlyList<LogEvent> Events => Record.Events;

    /// <summary>The course of therapy, or null when the log does not follow the workflow (<see cref="CourseProblem"/> says why).</summary>
    public TherapyCourse? Course => Record.Course;

    /// <summary>Why there is no course.</summary>
    public string? CourseProblem => Record.CourseProblem;

    /// <summary>Where the course stands, or null without one.</summary>
    public TherapyPhase? Phase => Record.Phase;

    /// <summary>Alarms and safety alerts nobody has acknowledged.</summary>
    public IReadOnlyList<AlarmRecord> OpenAlarms => Record.OpenAlarms;

    /// <summary>
    /// The course as the log stood at <paramref name="at"/>, the one the log's guard judges an entry dated then by (the
    /// whole course when nothing is recorded after it); null when there is no course, then or now.
    /// </summary>
    public TherapyCourse? CourseAt(DateTimeOffset at)
    {
        if (Course is null)
        {
            return null;
        }

        try
        {
            return Record.At(at).Course;
        }
        catch (ArgumentException)
        {
            return null; // not yet registered then
        }
    }

    /// <summary>Whether the workflow allows an action now (conditions on the action's own data are checked when it is taken), and why not.</summary>
    public bool Can(TherapyAction action, out IReadOnlyList<string> reasons) => Record.Can(action, out reasons);
}
