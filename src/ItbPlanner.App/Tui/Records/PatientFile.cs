using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Scheduling;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.App.Tui.Records;

/// <summary>One patient as the UI sees them: their log, its reading, their course of therapy and their pump.</summary>
/// <param name="Events">Every stored event, in sequence order.</param>
/// <param name="Timeline">The corrected log read in time order.</param>
/// <param name="Course">The workflow rebuilt from the log, or null when the log does not follow it (<paramref name="CourseProblem"/> says why).</param>
/// <param name="CourseProblem">Why there is no course.</param>
/// <param name="Pump">The implanted pump model, when known to the protocol.</param>
/// <param name="Outlook">Their dates and alerts today, computed as <c>itb schedule</c> computes them (never the dates stored in the log).</param>
internal sealed record PatientFile(IReadOnlyList<LogEvent> Events, TherapyRecord Timeline, TherapyCourse? Course, string? CourseProblem, PumpModel? Pump, PatientOutlook Outlook)
{
    /// <summary>The patient's current details.</summary>
    public Patient Patient => Timeline.Patient;

    /// <summary>The patient's id.</summary>
    public PatientId Id => Patient.Id;

    /// <summary>Where the course stands, or null without one.</summary>
    public TherapyPhase? Phase => Course?.Phase;

    /// <summary>Alarms and safety alerts nobody has acknowledged.</summary>
    public IReadOnlyList<AlarmRecord> OpenAlarms => Timeline.Alarms.Where(a => !a.Acknowledged).ToArray();

    /// <summary>
    /// The course as the log stood at <paramref name="at"/>, the one the log's guard judges an entry dated then by (the
    /// whole course when nothing is recorded after it); null when there is no course, then or now.
    /// </summary>
    public TherapyCourse? CourseAt(Protocol protocol, DateTimeOffset at)
    {
        if (Course is null || Events.All(e => e.OccurredAt <= at))
        {
            return Course;
        }

        try
        {
            return Timeline.At(at).Course;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether the workflow allows an action now (conditions on the action's own data are checked when it is taken), and why not.</summary>
    public bool Can(TherapyAction action, out IReadOnlyList<string> reasons)
    {
        if (Course is null)
        {
            reasons = [CourseProblem ?? "the course could not be read from the log"];
            return false;
        }

        return Course.CanPerform(action, out reasons);
    }
}
