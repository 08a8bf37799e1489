using ItbPlanner.Domain.Workflow.Events;

namespace ItbPlanner.Domain.Workflow;

// Taking a course event as data, for callers that hold events rather than call intention-revealing methods: the log
// turns each recorded event into course events and checks them here with the protocol's guards.
public sealed partial class TherapyCourse
{
    /// <summary>
    /// True when the event would be accepted now, with every guard (the protocol's limits included) applied. An
    /// <see cref="AlarmRaised"/> is always accepted in time order: an alarm can sound in any phase.
    /// </summary>
    /// <param name="e">The event; not <see cref="CourseOpened"/>.</param>
    /// <param name="reasons">Why not: the unmet conditions.</param>
    public bool CanAccept(CourseEvent e, out IReadOnlyList<string> reasons) => e switch
    {
        ScreeningBooked x => Check(triggers.ScheduleScreening, x, out reasons),
        AssessmentRecorded x => Check(triggers.RecordAssessment, x, out reasons),
        ScreeningBolusGiven x => Check(triggers.GiveScreeningBolus, x, out reasons),
        ScreeningOutcomeRecorded x => Check(triggers.RecordScreeningOutcome, x, out reasons),
        CandidacyDeclined x => Check(triggers.DeclareNotACandidate, x, out reasons),
        ImplantBooked x => Check(triggers.ScheduleImplant, x, out reasons),
        ImplantRecorded x => Check(triggers.RecordImplant, x, out reasons),
        TitrationStarted x => Check(triggers.StartTitration, x, out reasons),
        DoseChanged x => Check(triggers.ChangeDose, x, out reasons),
        MaintenanceEntered x => Check(triggers.EnterMaintenance, x, out reasons),
        InfusionSuspended x => Check(triggers.Suspend, x, out reasons),
        InfusionResumed x => Check(triggers.Resume, x, out reasons),
        WithdrawalEmergencyDeclared x => Check(triggers.DeclareWithdrawalEmergency, x, out reasons),
        WithdrawalEmergencyResolved x => Check(triggers.ResolveWithdrawalEmergency, x, out reasons),
        PumpExplanted x => Check(triggers.Explant, x, out reasons),
        PumpRefilled x => Check(triggers.Refill, x, out reasons),
        ProgramTransferred x => Check(triggers.TransferProgram, x, out reasons),
        AlarmAcknowledged x => Check(triggers.AcknowledgeAlarm, x, out reasons),
        AlarmRaised x => (reasons = OutOfOrder(x)).Count == 0,
        _ => throw new ArgumentException($"{e?.GetType().Name ?? "null"} cannot be accepted here.", nameof(e)),
    };

    /// <summary>
    /// Restores a stored event as <see cref="Replay"/> does: the workflow's routing applies, the protocol's clinical limits
    /// do not (the event was accepted under the protocol in force then).
    /// </summary>
    /// <exception cref="InvalidTransitionException">The event does not follow the workflow.</exception>
    public void Restore(CourseEvent e)
    {
        replaying = true;
        try
        {
            ReplayOne(e);
        }
        finally
        {
            replaying = false;
        }
    }

    /// <summary>Accepts an event with every guard applied (see <see cref="CanAccept"/>).</summary>
    /// <exception cref="InvalidTransitionException">A guard is unmet; the course is unchanged.</exception>
    public void Accept(CourseEvent e) => ReplayOne(e);
}
