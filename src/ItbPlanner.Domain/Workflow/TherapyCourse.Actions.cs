using ItbPlanner.Domain.Assessments;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow.Events;

namespace ItbPlanner.Domain.Workflow;

// The clinician's actions, each with its why-not query. Every action validates its input (InvalidInputException), then
// fires the workflow (InvalidTransitionException when refused) and records its event.
public sealed partial class TherapyCourse
{
    /// <summary>Books the screening trial (from <see cref="TherapyPhase.Candidate"/>).</summary>
    public void ScheduleScreening(DateOnly date, DateTimeOffset at) => Accept(triggers.ScheduleScreening, new ScreeningBooked(at, date));

    /// <summary>Whether <see cref="ScheduleScreening"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanScheduleScreening(DateOnly date, DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.ScheduleScreening, new ScreeningBooked(at, date), out reasons);

    /// <summary>Records scores: the baseline before a bolus (while a bolus is due) or a time point after it.</summary>
    public void RecordAssessment(AssessmentScores scores, DateTimeOffset at) => Accept(triggers.RecordAssessment, Assessment(scores, at));

    /// <summary>Whether <see cref="RecordAssessment"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanRecordAssessment(AssessmentScores scores, DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.RecordAssessment, Assessment(scores, at), out reasons);

    /// <summary>
    /// Gives the next screening bolus: after a baseline, the next dose in the schedule (or a child's small-child start),
    /// within the maximum and the interval, drawn from the protocol's screening strength (null: that strength).
    /// </summary>
    public void GiveScreeningBolus(Mass dose, DateTimeOffset at, MassConcentration? concentration = null) => Accept(triggers.GiveScreeningBolus, Bolus(dose, at, concentration));

    /// <summary>Whether <see cref="GiveScreeningBolus"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanGiveScreeningBolus(Mass dose, DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.GiveScreeningBolus, Bolus(dose, at, null), out reasons);

    /// <summary>
    /// Records the clinician's verdict on the last bolus: positive → <see cref="TherapyPhase.ScreeningPositive"/>;
    /// inadequate → the next bolus (<see cref="TherapyPhase.ScreeningScheduled"/>), or
    /// <see cref="TherapyPhase.NotACandidate"/> when none is left.
    /// </summary>
    /// <param name="response">Positive or inadequate.</param>
    /// <param name="effect">How long the effect lasted (zero when none); sets the starting dose.</param>
    /// <param name="at">When the verdict was made.</param>
    /// <param name="adverseReaction">True when the bolus caused an adverse reaction; sets the starting dose.</param>
    public void RecordScreeningOutcome(ScreeningResponse response, Duration effect, DateTimeOffset at, bool adverseReaction = false) =>
        Accept(triggers.RecordScreeningOutcome, Outcome(response, effect, at, adverseReaction));

    /// <summary>Whether <see cref="RecordScreeningOutcome"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanRecordScreeningOutcome(ScreeningResponse response, Duration effect, DateTimeOffset at, bool adverseReaction, out IReadOnlyList<string> reasons) =>
        Check(triggers.RecordScreeningOutcome, Outcome(response, effect, at, adverseReaction), out reasons);

    /// <summary>Ends the pathway before an implant.</summary>
    public void DeclareNotACandidate(string reason, DateTimeOffset at) => Accept(triggers.DeclareNotACandidate, new CandidacyDeclined(at, Reason(reason)));

    /// <summary>Whether <see cref="DeclareNotACandidate"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanDeclareNotACandidate(string reason, DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.DeclareNotACandidate, new CandidacyDeclined(at, Reason(reason)), out reasons);

    /// <summary>Books the implant after a positive screening.</summary>
    public void ScheduleImplant(DateOnly date, DateTimeOffset at) => Accept(triggers.ScheduleImplant, new ImplantBooked(at, date));

    /// <summary>Whether <see cref="ScheduleImplant"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanScheduleImplant(DateOnly date, DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.ScheduleImplant, new ImplantBooked(at, date), out reasons);

    /// <summary>Records the implant; the infusion starts at <paramref name="startDose"/> (at most <see cref="RecommendedStartDose"/>).</summary>
    public void RecordImplant(MassFlow startDose, DateTimeOffset at) => Accept(triggers.RecordImplant, new ImplantRecorded(at, Dose(startDose, "start dose")));

    /// <summary>Whether <see cref="RecordImplant"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanRecordImplant(MassFlow startDose, DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.RecordImplant, new ImplantRecorded(at, Dose(startDose, "start dose")), out reasons);

    /// <summary>Starts daily titration: after the post-implant hold, or again from maintenance.</summary>
    public void StartTitration(DateTimeOffset at) => Accept(triggers.StartTitration, new TitrationStarted(at));

    /// <summary>Whether <see cref="StartTitration"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanStartTitration(DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.StartTitration, new TitrationStarted(at), out reasons);

    /// <summary>
    /// Changes the daily dose within the phase's limits: no increase within the interval of the previous increase or the
    /// start of infusion, never above the hard ceiling; a change beyond the step limits needs an override reason where the
    /// protocol allows one (decreases while titrating; either direction in maintenance).
    /// </summary>
    public void ChangeDose(MassFlow newDose, DateTimeOffset at, string? overrideReason = null) =>
        Accept(triggers.ChangeDose, new DoseChanged(at, Dose(newDose, "new dose"), OptionalReason(overrideReason)));

    /// <summary>Whether <see cref="ChangeDose"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanChangeDose(MassFlow newDose, DateTimeOffset at, string? overrideReason, out IReadOnlyList<string> reasons) =>
        Check(triggers.ChangeDose, new DoseChanged(at, Dose(newDose, "new dose"), OptionalReason(overrideReason)), out reasons);

    /// <summary>Moves a titrated, stable dose to maintenance.</summary>
    public void EnterMaintenance(DateTimeOffset at) => Accept(triggers.EnterMaintenance, new MaintenanceEntered(at));

    /// <summary>Whether <see cref="EnterMaintenance"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanEnterMaintenance(DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.EnterMaintenance, new MaintenanceEntered(at), out reasons);

    /// <summary>Suspends the infusion; the dose before it caps the restart dose.</summary>
    public void Suspend(string reason, DateTimeOffset at) => Accept(triggers.Suspend, new InfusionSuspended(at, Reason(reason)));

    /// <summary>Whether <see cref="Suspend"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanSuspend(string reason, DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.Suspend, new InfusionSuspended(at, Reason(reason)), out reasons);

    /// <summary>Restarts a suspended infusion at no more than the dose before; titration resumes and the hold starts again.</summary>
    public void Resume(MassFlow restartDose, DateTimeOffset at) => Accept(triggers.Resume, new InfusionResumed(at, Dose(restartDose, "restart dose")));

    /// <summary>Whether <see cref="Resume"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanResume(MassFlow restartDose, DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.Resume, new InfusionResumed(at, Dose(restartDose, "restart dose")), out reasons);

    /// <summary>Declares a withdrawal emergency (from any implanted phase).</summary>
    public void DeclareWithdrawalEmergency(string reason, DateTimeOffset at) =>
        Accept(triggers.DeclareWithdrawalEmergency, new WithdrawalEmergencyDeclared(at, Reason(reason)));

    /// <summary>Whether <see cref="DeclareWithdrawalEmergency"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanDeclareWithdrawalEmergency(string reason, DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.DeclareWithdrawalEmergency, new WithdrawalEmergencyDeclared(at, Reason(reason)), out reasons);

    /// <summary>Records that ITB was restored at no more than the dose before; titration resumes and the hold starts again.</summary>
    public void ResolveWithdrawalEmergency(MassFlow restoredDose, DateTimeOffset at) =>
        Accept(triggers.ResolveWithdrawalEmergency, new WithdrawalEmergencyResolved(at, Dose(restoredDose, "restored dose")));

    /// <summary>Whether <see cref="ResolveWithdrawalEmergency"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanResolveWithdrawalEmergency(MassFlow restoredDose, DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.ResolveWithdrawalEmergency, new WithdrawalEmergencyResolved(at, Dose(restoredDose, "restored dose")), out reasons);

    /// <summary>Records that the pump was removed (from any implanted phase or a withdrawal emergency); the course ends.</summary>
    public void Explant(string reason, DateTimeOffset at) => Accept(triggers.Explant, new PumpExplanted(at, Reason(reason)));

    /// <summary>Whether <see cref="Explant"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanExplant(string reason, DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.Explant, new PumpExplanted(at, Reason(reason)), out reasons);

    /// <summary>Records a refill of the pump: with a pump in place, during a withdrawal emergency too (an empty reservoir may be its cause).</summary>
    public void Refill(DateTimeOffset at) => Accept(triggers.Refill, new PumpRefilled(at));

    /// <summary>Whether <see cref="Refill"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanRefill(DateTimeOffset at, out IReadOnlyList<string> reasons) => Check(triggers.Refill, new PumpRefilled(at), out reasons);

    /// <summary>Records that a planned program was entered into the pump (with a pump in place).</summary>
    public void TransferProgram(DateTimeOffset at) => Accept(triggers.TransferProgram, new ProgramTransferred(at));

    /// <summary>Whether <see cref="TransferProgram"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanTransferProgram(DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.TransferProgram, new ProgramTransferred(at), out reasons);

    /// <summary>Records that an alarm sounded or a critical alert was raised (in any phase); it stays open until acknowledged.</summary>
    /// <param name="alarm">The alarm's reference, 1 or more (in the therapy log, its event's sequence number).</param>
    /// <param name="at">When it was raised.</param>
    public void RaiseAlarm(long alarm, DateTimeOffset at) => Note(new AlarmRaised(at, AlarmReference(alarm)));

    /// <summary>Records what the clinic did about an open alarm (in any phase), which closes it.</summary>
    public void AcknowledgeAlarm(long alarm, DateTimeOffset at) => Accept(triggers.AcknowledgeAlarm, new AlarmAcknowledged(at, AlarmReference(alarm)));

    /// <summary>Whether <see cref="AcknowledgeAlarm"/> is possible; <paramref name="reasons"/> says why not.</summary>
    public bool CanAcknowledgeAlarm(long alarm, DateTimeOffset at, out IReadOnlyList<string> reasons) =>
        Check(triggers.AcknowledgeAlarm, new AlarmAcknowledged(at, AlarmReference(alarm)), out reasons);

    private static long AlarmReference(long alarm) =>
        alarm >= 1 ? alarm : throw new InvalidInputException("alarm", $"An alarm's reference must be 1 or more; got {alarm}.");

    private static AssessmentRecorded Assessment(AssessmentScores scores, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return new AssessmentRecorded(at, scores);
    }

    private static ScreeningBolusGiven Bolus(Mass dose, DateTimeOffset at, MassConcentration? concentration) =>
        dose > Mass.Zero ? new ScreeningBolusGiven(at, dose, concentration) : throw new InvalidInputException("dose", $"A screening bolus must be greater than zero; got {dose}.");

    private static ScreeningOutcomeRecorded Outcome(ScreeningResponse response, Duration effect, DateTimeOffset at, bool adverseReaction)
    {
        if (!Enum.IsDefined(response))
        {
            throw new InvalidInputException("response", $"Unknown screening response {response}.");
        }

        return effect >= Duration.Zero
            ? new ScreeningOutcomeRecorded(at, response, effect, adverseReaction)
            : throw new InvalidInputException("effect", $"The effect duration must not be negative; got {effect}.");
    }

    private static MassFlow Dose(MassFlow dose, string what) =>
        dose > MassFlow.Zero ? dose : throw new InvalidInputException(what, $"The {what} must be greater than zero; got {dose} (use Suspend to stop the infusion).");

    private static string Reason(string reason) =>
        !string.IsNullOrWhiteSpace(reason) ? reason.Trim() : throw new InvalidInputException("reason", "A reason is required.");

    private static string? OptionalReason(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}
