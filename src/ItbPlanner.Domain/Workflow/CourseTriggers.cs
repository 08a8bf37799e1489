using ItbPlanner.Domain.Workflow.Events;
using CourseMachine = Stateless.StateMachine<ItbPlanner.Domain.Workflow.TherapyPhase, ItbPlanner.Domain.Workflow.TherapyAction>;

namespace ItbPlanner.Domain.Workflow;

/// <summary>The workflow's triggers, each carrying the event it records as its argument.</summary>
internal sealed class CourseTriggers(CourseMachine machine)
{
    public CourseMachine.TriggerWithParameters<ScreeningBooked> ScheduleScreening { get; } = machine.SetTriggerParameters<ScreeningBooked>(TherapyAction.ScheduleScreening);

    public CourseMachine.TriggerWithParameters<AssessmentRecorded> RecordAssessment { get; } = machine.SetTriggerParameters<AssessmentRecorded>(TherapyAction.RecordAssessment);

    public CourseMachine.TriggerWithParameters<ScreeningBolusGiven> GiveScreeningBolus { get; } = machine.SetTriggerParameters<ScreeningBolusGiven>(TherapyAction.GiveScreeningBolus);

    public CourseMachine.TriggerWithParameters<ScreeningOutcomeRecorded> RecordScreeningOutcome { get; } = machine.SetTriggerParameters<ScreeningOutcomeRecorded>(TherapyAction.RecordScreeningOutcome);

    public CourseMachine.TriggerWithParameters<CandidacyDeclined> DeclareNotACandidate { get; } = machine.SetTriggerParameters<CandidacyDeclined>(TherapyAction.DeclareNotACandidate);

    public CourseMachine.TriggerWithParameters<ImplantBooked> ScheduleImplant { get; } = machine.SetTriggerParameters<ImplantBooked>(TherapyAction.ScheduleImplant);

    public CourseMachine.TriggerWithParameters<ImplantRecorded> RecordImplant { get; } = machine.SetTriggerParameters<ImplantRecorded>(TherapyAction.RecordImplant);

    public CourseMachine.TriggerWithParameters<TitrationStarted> StartTitration { get; } = machine.SetTriggerParameters<TitrationStarted>(TherapyAction.StartTitration);

    public CourseMachine.TriggerWithParameters<DoseChanged> ChangeDose { get; } = machine.SetTriggerParameters<DoseChanged>(TherapyAction.ChangeDose);

    public CourseMachine.TriggerWithParameters<MaintenanceEntered> EnterMaintenance { get; } = machine.SetTriggerParameters<MaintenanceEntered>(TherapyAction.EnterMaintenance);

    public CourseMachine.TriggerWithParameters<InfusionSuspended> Suspend { get; } = machine.SetTriggerParameters<InfusionSuspended>(TherapyAction.Suspend);

    public CourseMachine.TriggerWithParameters<InfusionResumed> Resume { get; } = machine.SetTriggerParameters<InfusionResumed>(TherapyAction.Resume);

    public CourseMachine.TriggerWithParameters<WithdrawalEmergencyDeclared> DeclareWithdrawalEmergency { get; } = machine.SetTriggerParameters<WithdrawalEmergencyDeclared>(TherapyAction.DeclareWithdrawalEmergency);

    public CourseMachine.TriggerWithParameters<WithdrawalEmergencyResolved> ResolveWithdrawalEmergency { get; } = machine.SetTriggerParameters<WithdrawalEmergencyResolved>(TherapyAction.ResolveWithdrawalEmergency);

    public CourseMachine.TriggerWithParameters<PumpExplanted> Explant { get; } = machine.SetTriggerParameters<PumpExplanted>(TherapyAction.Explant);

    public CourseMachine.TriggerWithParameters<PumpRefilled> Refill { get; } = machine.SetTriggerParameters<PumpRefilled>(TherapyAction.Refill);

    public CourseMachine.TriggerWithParameters<ProgramTransferred> TransferProgram { get; } = machine.SetTriggerParameters<ProgramTransferred>(TherapyAction.TransferProgram);

    public CourseMachine.TriggerWithParameters<AlarmAcknowledged> AcknowledgeAlarm { get; } = machine.SetTriggerParameters<AlarmAcknowledged>(TherapyAction.AcknowledgeAlarm);
}
