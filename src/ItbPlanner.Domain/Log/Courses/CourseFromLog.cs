using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Domain.Workflow.Events;

namespace ItbPlanner.Domain.Log.Courses;

/// <summary>
/// A patient's therapy course as their log tells it: the standing events (corrections applied), in order of occurrence,
/// restored through the workflow (its routing applies, the protocol's limits of the day are not re-applied). The course
/// then says which actions are possible next and why others are not.
/// </summary>
public sealed class CourseFromLog
{
    private CourseFromLog(TherapyCourse course, Patient patient)
    {
        Course = course;
        Patient = patient;
    }

    /// <summary>The rebuilt course.</summary>
    public TherapyCourse Course { get; }

    /// <summary>The patient's current details.</summary>
    public Patient Patient { get; }

    /// <summary>Rebuilds a patient's course from their stored events.</summary>
    /// <exception cref="InvalidInputException">No registration, or the log does not follow the workflow (names the event).</exception>
    public static CourseFromLog Rebuild(Protocol protocol, IEnumerable<LogEvent> history)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(history);
        var effective = CorrectedLog.Effective(history).OrderBy(e => e.OccurredAt).ThenBy(e => e.Seq).ToList();
        Patient? patient = null;
        TherapyCourse? course = null;
        foreach (var logged in effective)
        {
            var payload = logged.ReadPayload();
            switch (payload)
            {
                case PatientRegisteredPayload registered:
                    patient = registered.Patient;
                    course ??= TherapyCourse.Open(protocol, patient.Population, CourseOrigin.For(patient), logged.OccurredAt);
                    continue;
                case PatientUpdatedPayload updated:
                    patient = updated.Patient;
                    continue;
            }

            if (course is null)
            {
                throw new InvalidInputException("log", $"Event {logged.Seq} comes before the patient's registration.");
            }

            try
            {
                foreach (var e in CourseTranslator.Translate(payload, logged.OccurredAt, course, logged.Seq))
                {
                    course.Restore(e);
                }
            }
            catch (InvalidTransitionException ex)
            {
                throw new InvalidInputException("log", $"Patient {patient!.Id}'s event {logged.Seq} ({LogCodes.Code(logged.Kind)}) does not follow the therapy workflow ({ex.Message}); record a correction.");
            }
        }

        return course is null || patient is null
            ? throw new InvalidInputException("log", "The log holds no patient registration.")
            : new CourseFromLog(course, patient);
    }

    /// <summary>
    /// The course as the log stood at a moment: the standing events (corrections applied first) up to and including it.
    /// This is the course the log's guard judges an event dated then by, so a front end asks the same question for an
    /// entry made after the fact (events recorded since, such as a program transfer marked now, do not stand in its way).
    /// </summary>
    /// <exception cref="InvalidInputException">No registration by then, or the log does not follow the workflow.</exception>
    public static CourseFromLog RebuildAt(Protocol protocol, IEnumerable<LogEvent> history, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(history);
        return Rebuild(protocol, CorrectedLog.Effective(history).Where(e => e.OccurredAt <= at));
    }

    /// <summary>The course events a new logged event stands for, continuing from this log.</summary>
    /// <param name="payload">What the event records.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="seq">Its sequence number once stored (an alarm is kept by it); null for an event not yet stored.</param>
    public IReadOnlyList<CourseEvent> Translate(EventPayload payload, DateTimeOffset at, long? seq = null) => CourseTranslator.Translate(payload, at, Course, seq);
}
