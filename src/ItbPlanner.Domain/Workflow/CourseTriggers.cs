using ItbPlanner.Domain.StateMachines;
using ItbPlanner.Domain.Workflow.Events;

namespace ItbPlanner.Domain.Workflow;

/// <summary>The workflow's triggers, each carrying the event it records as its argument.</summary>
internal sealed class CourseTriggers(StateMachine<TherapyPhase, TherapyAction> machine)
{
    public TriggerWithParameters<TherapyAction, ScreeningBooked> ScheduleScreening { get; } = machine.SetTriggerParameters<ScreeningBooked>(TherapyAction.ScheduleScreening);

    public TriggerWithParameters<TherapyAction, AssessmentRecorded> RecordAssessment { get; } = machine.SetTriggerParameters<AssessmentRecorded>(TherapyAction.RecordAssessment);

    public TriggerWithParameters<TherapyAction, ScreeningBolusGiven> GiveScreeningBolus { get; } = machine.SetTriggerParameters<ScreeningBolusGiven>(TherapyAction.GiveScreeningBolus);

    public TriggerWithParameters<TherapyAction, ScreeningOutcomeRecorded> RecordScreeningOutcome { get; } = machine.SetTriggerParameters<ScreeningOutcomeRecorded>(TherapyAction.RecordScreeningOutcome);

    public TriggerWithParameters<TherapyAction, CandidacyDeclined> DeclareNotACandidate { get; } = machine.SetTriggerParameters<CandidacyDeclined>(TherapyAction.DeclareNotACandidate);

    public TriggerWithParameters<TherapyAction, ImplantBooked> ScheduleImplant { get; } = machine.SetTriggerParameters<ImplantBooked>(TherapyAction.ScheduleImplant);

    public TriggerWithParameters<TherapyAction, ImplantRecorded> RecordImplant { get; } = machine.SetTriggerParameters<ImplantRecorded>(TherapyAction.RecordImplant);

    public TriggerWithParameters<TherapyAction, TitrationStarted> StartTitration { get; } = machine.SetTriggerParameters<TitrationStarted>(TherapyAction.StartTitration);

    public TriggerWithParameters<TherapyAction, DoseChanged> ChangeDose { get; } = machine.SetTriggerParameters<DoseChanged>(TherapyAction.ChangeDose);

    public TriggerWithParameters<TherapyAction, MaintenanceEntered> EnterMaintenance { get; } = machine.SetTriggerParameters<MaintenanceEntered>(TherapyAction.EnterMaintenance);

    public TriggerWithParameters<TherapyAction, InfusionSuspended> Suspend { get; } = machine.SetTriggerParameters<InfusionSuspended>(TherapyAction.Suspend);

    public TriggerWithParameters<TherapyAction, InfusionResumed> Resume { get; } = machine.SetTriggerParameters<InfusionResumed>(TherapyAction.Resume);

    public TriggerWithParameters<TherapyAction, WithdrawalEmergencyDeclared> DeclareWithdrawalEmergency { get; } = machine.SetTriggerParameters<WithdrawalEmergencyDeclared>(TherapyAction.DeclareWithdrawalEmergency);

    public TriggerWithParameters<TherapyAction, WithdrawalEmergencyResolved> ResolveWithdrawalEmergency { get; } = machine.SetTriggerParameters<WithdrawalEmergencyResolved>(TherapyAction.ResolveWithdrawalEmergency);

    public TriggerWithParameters<TherapyAction, PumpExplanted> Explant { get; } = machine.SetTriggerParameters<PumpExplanted>(TherapyAction.Explant);
}
