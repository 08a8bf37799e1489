using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.StateMachines;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Domain.Workflow.Events;

namespace ItbPlanner.App.Tui.Records;

/// <summary>
/// Rebuilds a patient's therapy course from their log, so the UI can ask the workflow what is possible and why not.
/// A screening outcome recorded as negative while a further bolus remains reads as "inadequate, give the next bolus";
/// an implant without a booking books it at the implant.
/// </summary>
internal static class CourseReader
{
    /// <summary>The course, or null with the reason when the log does not follow the workflow.</summary>
    public static TherapyCourse? Read(Protocol protocol, TherapyTimeline timeline, out string? problem)
    {
        var registration = timeline.Effective.FirstOrDefault(e => e.Kind == EventKind.PatientRegistered);
        if (registration is null)
        {
            problem = "the log holds no registration";
            return null;
        }

        var events = new List<CourseEvent> { new CourseOpened(registration.OccurredAt, timeline.Patient.Population, OriginOf(timeline.Patient)) };
        var phase = TherapyPhase.Candidate;
        try
        {
            var course = TherapyCourse.Replay(protocol, events);
            foreach (var e in timeline.Effective.Where(e => e.Seq != registration.Seq))
            {
                foreach (var courseEvent in Translate(e, course))
                {
                    events.Add(courseEvent);
                    course = TherapyCourse.Replay(protocol, events);
                    phase = course.Phase;
                }
            }

            problem = null;
            return course;
        }
        catch (Exception ex) when (ex is InvalidTransitionException or ArgumentException or Domain.Errors.InvalidInputException)
        {
            problem = $"the log does not follow the workflow after phase {phase}: {ex.Message}";
            return null;
        }
    }

    /// <summary>The titration rule set for a patient: pediatric for children, else by origin (stiff person syndrome and other origins follow the cerebral rule, the smaller steps).</summary>
    public static TitrationOrigin OriginOf(Patient patient) => patient.Population == Population.Child
        ? TitrationOrigin.Pediatric
        : patient.Origin == SpasticityOrigin.Spinal ? TitrationOrigin.Spinal : TitrationOrigin.Cerebral;

    private static IEnumerable<CourseEvent> Translate(LogEvent e, TherapyCourse course)
    {
        var at = e.OccurredAt;
        switch (e.ReadPayload())
        {
            case ScreeningScheduledPayload booked:
                yield return new ScreeningBooked(at, booked.Date);
                break;
            case AssessmentPayload assessment when AssessmentScales.FromLog(assessment.Scores) is { } scores:
                yield return new AssessmentRecorded(at, scores);
                break;
            case ScreeningBolusPayload bolus:
                yield return new ScreeningBolusGiven(at, bolus.Dose);
                break;
            case ScreeningOutcomePayload outcome:
                yield return new ScreeningOutcomeRecorded(
                    at,
                    outcome.Outcome == TrialOutcome.Positive ? ScreeningResponse.Positive : ScreeningResponse.Inadequate,
                    outcome.EffectDuration ?? Duration.Zero,
                    outcome.AdverseReaction);
                break;
            case ImplantScheduledPayload booked:
                yield return new ImplantBooked(at, booked.Date);
                break;
            case ImplantPayload implant:
                if (course.Phase == TherapyPhase.ScreeningPositive)
                {
                    yield return new ImplantBooked(at, DateOnly.FromDateTime(at.UtcDateTime));
                }

                yield return new ImplantRecorded(at, implant.Dose);
                break;
            case DoseProgramPayload program when course.Phase == TherapyPhase.Suspended:
                yield return new InfusionResumed(at, program.Dose);
                break;
            case DoseProgramPayload program when course.CurrentDose != program.Dose:
                yield return new DoseChanged(at, program.Dose, program.OverrideReason);
                break;
            case TherapySuspendedPayload suspended:
                yield return new InfusionSuspended(at, suspended.Notes ?? "suspended");
                break;
            case TherapyResumedPayload when course.CurrentDose is { } dose:
                yield return new InfusionResumed(at, dose);
                break;
            case WithdrawalEmergencyPayload emergency:
                yield return new WithdrawalEmergencyDeclared(at, emergency.Symptoms);
                break;
            case ExplantPayload explant:
                yield return new PumpExplanted(at, explant.Notes ?? "explanted");
                break;
        }
    }
}
