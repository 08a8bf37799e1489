using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Domain.Workflow.Events;

namespace ItbPlanner.Domain.Log.Courses;

/// <summary>
/// Turns a logged event into the therapy course's events, given the course so far. The log lets a clinician skip steps
/// the workflow makes explicit — booking a screening before its baseline or first bolus, booking an implant before
/// recording it, entering maintenance — so the translator supplies those implied steps at the moment of the event that
/// implies them. Refills, program transfers and alarm acknowledgements are the course's actions like the others; a raised
/// alarm is kept (by its sequence number) so an acknowledgement can be judged. Assessments outside the screening trial
/// (follow-up scores), notes and patient details have no workflow step.
/// </summary>
internal static class CourseTranslator
{
    /// <summary>The course events a logged payload stands for.</summary>
    /// <param name="payload">What the event records.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="course">The course so far.</param>
    /// <param name="seq">
    /// The event's sequence number once stored; null for an event being judged before it is stored. An alarm not yet stored
    /// stands for nothing: no stored acknowledgement can name it, and raising an alarm is never refused.
    /// </param>
    public static IReadOnlyList<CourseEvent> Translate(EventPayload payload, DateTimeOffset at, TherapyCourse course, long? seq = null) => payload switch
    {
        ScreeningScheduledPayload x => course.Phase == TherapyPhase.Candidate ? [new ScreeningBooked(at, x.Date)] : [],
        AssessmentPayload x => Assessment(x, at, course),
        ScreeningBolusPayload x => [.. ImpliedScreening(at, course), new ScreeningBolusGiven(at, x.Dose, x.Concentration)],
        ScreeningOutcomePayload x => [Outcome(x, at)],
        ImplantScheduledPayload x => course.Phase == TherapyPhase.ScreeningPositive ? [new ImplantBooked(at, x.Date)] : [],
        ImplantPayload x => [.. ImpliedImplantBooking(at, course), new ImplantRecorded(at, x.Dose)],
        DoseProgramPayload x => ChangeDose(x, at, course),
        TherapySuspendedPayload x => [new InfusionSuspended(at, x.Notes ?? "suspended")],
        WithdrawalEmergencyPayload x => [new WithdrawalEmergencyDeclared(at, x.Symptoms)],
        TherapyResumedPayload => [Resume(at, course)],
        ExplantPayload x => [new PumpExplanted(at, x.Notes ?? "explanted")],
        CandidacyDeclinedPayload x => [new CandidacyDeclined(at, x.Reason)],
        RefillPayload => [new PumpRefilled(at)],
        ProgramTransferredPayload => [new ProgramTransferred(at)],
        AlarmRaisedPayload => seq is { } alarm ? [new AlarmRaised(at, alarm)] : [],
        AlarmAcknowledgedPayload x => [new AlarmAcknowledged(at, x.AlarmSeq)],
        _ => [],
    };

    private static CourseEvent[] Assessment(AssessmentPayload x, DateTimeOffset at, TherapyCourse course)
    {
        var scores = AssessmentReading.Read(x);
        return course.Phase == TherapyPhase.Candidate
            ? [.. ImpliedScreening(at, course), new AssessmentRecorded(at, scores)]
            : course.IsIn(TherapyPhase.ScreeningPhases) ? [new AssessmentRecorded(at, scores)] : [];
    }

    private static CourseEvent[] ImpliedScreening(DateTimeOffset at, TherapyCourse course) =>
        course.Phase == TherapyPhase.Candidate ? [new ScreeningBooked(at, DateOnly.FromDateTime(at.UtcDateTime))] : [];

    private static ScreeningOutcomeRecorded Outcome(ScreeningOutcomePayload x, DateTimeOffset at) => new(
        at,
        x.Outcome == TrialOutcome.Positive ? ScreeningResponse.Positive : ScreeningResponse.Inadequate,
        x.EffectDuration ?? Duration.FromHours(0),
        x.AdverseReaction);

    private static CourseEvent[] ImpliedImplantBooking(DateTimeOffset at, TherapyCourse course) =>
        course.Phase == TherapyPhase.ScreeningPositive ? [new ImplantBooked(at, DateOnly.FromDateTime(at.UtcDateTime))] : [];

    private static CourseEvent[] ChangeDose(DoseProgramPayload x, DateTimeOffset at, TherapyCourse course)
    {
        var events = new List<CourseEvent>();
        if (x.Phase == DosePhase.Maintenance && course.Phase is TherapyPhase.Implanted or TherapyPhase.Titrating)
        {
            if (course.Phase == TherapyPhase.Implanted)
            {
                events.Add(new TitrationStarted(at));
            }

            events.Add(new MaintenanceEntered(at));
        }
        else if (x.Phase == DosePhase.Titration && course.Phase is TherapyPhase.Implanted or TherapyPhase.Maintenance)
        {
            events.Add(new TitrationStarted(at));
        }

        events.Add(new DoseChanged(at, x.Dose, x.OverrideReason));
        return [.. events];
    }

    private static CourseEvent Resume(DateTimeOffset at, TherapyCourse course)
    {
        var restart = course.CurrentDose ?? MassFlow.Zero;
        return course.Phase == TherapyPhase.WithdrawalEmergency
            ? new WithdrawalEmergencyResolved(at, restart)
            : new InfusionResumed(at, restart);
    }
}
