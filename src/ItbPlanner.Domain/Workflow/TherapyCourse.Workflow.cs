using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Domain.Workflow.Events;
using static ItbPlanner.Domain.Workflow.TherapyPhase;

namespace ItbPlanner.Domain.Workflow;

// The workflow on Stateless: phases, transitions and the protocol's guards, each with the description that refusals and
// the diagrams show (the guards' helpers are in TherapyCourse.Guards.cs). Guards made with Rule are the protocol's limits;
// replaying stored events does not re-apply them (see Replay). The others route the workflow and always apply.
public sealed partial class TherapyCourse
{
    private void ConfigureWorkflow()
    {
        var t = triggers;
        var screening = protocol.Screening;
        var start = protocol.StartDose;
        var titration = protocol.TitrationFor(Origin);
        var maintenance = protocol.MaintenanceFor(Origin);
        var limits = protocol.LimitsFor(Population);

        // A clinical precondition, checked for new boluses; a stored bolus stands even if its baseline was later retracted.
        var baselineRecorded = Rule<ScreeningBolusGiven>("a baseline assessment is recorded before the bolus", _ => pendingBaseline is not null, () => pendingBaseline is not null);
        var nextInSchedule = Rule<ScreeningBolusGiven>(
            "the dose is the next one in the population's screening schedule" + (screening.SmallChildStart is { } small ? $" (a child's first may be {small.Value})" : string.Empty),
            e => (NextScreeningBolus is { } next && e.Dose == next) || (SmallChildStart is { } start && e.Dose == start));
        var screeningStrength = Rule<ScreeningBolusGiven>(
            $"the bolus is drawn from the screening strength of {screening.Concentration.Value}",
            e => e.Concentration is not { } strength || strength == screening.Concentration.Value);
        var notAboveMaximum = Rule<ScreeningBolusGiven>($"no bolus above the screening maximum of {screening.MaximumBolus.Value}", e => e.Dose <= screening.MaximumBolus.Value);
        var bolusInterval = Rule<ScreeningBolusGiven>(
            $"at least {screening.MinimumInterval.Value} after the previous bolus",
            e => observations.Count == 0 || e.At - observations[^1].GivenAt >= screening.MinimumInterval.Value.ToTimeSpan());

        // The verdict picks one of three transitions. Without a verdict (listing the permitted actions) only the positive
        // branch counts as met, so the action is listed once and Stateless never sees two transitions pass.
        var positive = Branch<ScreeningOutcomeRecorded>("the clinician confirms a positive response", e => e.Response == ScreeningResponse.Positive, withoutEvent: true);
        var inadequate = Branch<ScreeningOutcomeRecorded>("the response was inadequate", e => e.Response == ScreeningResponse.Inadequate, withoutEvent: false);
        var furtherBolus = When<ScreeningOutcomeRecorded>("a further bolus remains in the schedule", () => NextScreeningBolus is not null);
        var noFurtherBolus = When<ScreeningOutcomeRecorded>("no further bolus remains in the schedule", () => NextScreeningBolus is null);

        var startDoseFromScreening = Rule<ImplantRecorded>(
            $"the starting dose is not above {start.Multiplier.Value.Normalize()} × the effective bolus per 24 h (1 × if its effect lasted more than {start.LongEffectThreshold.Value} or it caused an adverse reaction)",
            e => RecommendedStartDose is { } recommended && e.StartDose <= recommended.StartDose);
        var holdEnded = Rule<TitrationStarted>(
            $"the {start.PostImplantHold.Value} post-implant hold has ended",
            e => infusionStartedAt is not { } started || e.At - started >= start.PostImplantHold.Value.ToTimeSpan());

        var increaseSpacing = Rule<DoseChanged>(
            $"no increase within {titration.MinimumInterval.Value} of the previous increase or {start.PostImplantHold.Value} of the start of infusion",
            e => !(e.NewDose > CurrentDose) || IncreaseAllowedAt(e.At));
        var underCeiling = Rule<DoseChanged>($"not above the hard ceiling of {limits.HardCeiling.Value}", e => e.NewDose <= limits.HardCeiling.Value);
        var titrationIncrease = Rule<DoseChanged>($"an increase of at most {titration.MaximumIncrease.Value}", e => !IncreasesBeyond(e, titration.MaximumIncrease.Value.Fraction));
        var titrationDecrease = Rule<DoseChanged>(
            $"a decrease of at most {titration.MaximumDecrease.Value}, unless an override reason is given",
            e => !DecreasesBeyond(e, titration.MaximumDecrease.Value.Fraction) || !string.IsNullOrWhiteSpace(e.OverrideReason));
        var maintenanceLimits = Rule<DoseChanged>(
            $"at most +{maintenance.MaximumIncrease.Value} or −{maintenance.MaximumDecrease.Value} at a visit, unless an override reason is given",
            e => WithinMaintenanceLimits(e));

        var restartNotAbove = Rule<InfusionResumed>("the restart dose is not above the dose before the interruption", e => doseBeforeInterruption is not { } before || e.RestartDose <= before);
        var restoreNotAbove = Rule<WithdrawalEmergencyResolved>("the restored dose is not above the dose before the interruption", e => doseBeforeInterruption is not { } before || e.RestoredDose <= before);

        // Not re-applied when replaying, like a limit: a stored log may acknowledge one alarm twice. Without an
        // acknowledgement in hand the question is whether any alarm is open.
        // With a pump in place its reservoir is refilled and programs are entered into it, in any of those phases: these
        // transitions have no condition beyond their phase, which the description says in the clinician's words.
        var pumpRefill = Where<PumpRefilled>("a pump is implanted");
        var emergencyRefill = Where<PumpRefilled>("a pump is implanted (an empty reservoir may be the emergency's cause)");
        var pumpProgram = Where<ProgramTransferred>("a pump is implanted");

        var alarmOpen = Rule<AlarmAcknowledged>("the alarm is open (raised and not yet acknowledged)", e => openAlarms.Contains(e.Alarm), () => openAlarms.Count > 0);

        machine.Configure(Candidate)
            .Permit(TherapyAction.ScheduleScreening, ScreeningScheduled)
            .Permit(TherapyAction.DeclareNotACandidate, NotACandidate)
            .InternalTransitionIf(t.AcknowledgeAlarm, alarmOpen.Item1, Nothing, alarmOpen.Item2);

        machine.Configure(ScreeningPhases)
            .Permit(TherapyAction.DeclareNotACandidate, NotACandidate)
            .InternalTransitionIf(t.AcknowledgeAlarm, alarmOpen.Item1, Nothing, alarmOpen.Item2);

        machine.Configure(ScreeningScheduled)
            .SubstateOf(ScreeningPhases)
            .PermitReentry(TherapyAction.RecordAssessment)
            .PermitIf(t.GiveScreeningBolus, BolusGiven, baselineRecorded, screeningStrength, nextInSchedule, notAboveMaximum, bolusInterval);

        // Timed scores after the bolus are recorded when taken; the clinician may confirm the outcome without them
        // (observed at the bedside, scored on paper), but never without a baseline.
        machine.Configure(BolusGiven)
            .SubstateOf(ScreeningPhases)
            .Permit(TherapyAction.RecordAssessment, Observing)
            .PermitIf(t.RecordScreeningOutcome, ScreeningPositive, positive)
            .PermitIf(t.RecordScreeningOutcome, ScreeningScheduled, inadequate, furtherBolus)
            .PermitIf(t.RecordScreeningOutcome, NotACandidate, inadequate, noFurtherBolus);

        machine.Configure(Observing)
            .SubstateOf(ScreeningPhases)
            .PermitReentry(TherapyAction.RecordAssessment)
            .PermitIf(t.RecordScreeningOutcome, ScreeningPositive, positive)
            .PermitIf(t.RecordScreeningOutcome, ScreeningScheduled, inadequate, furtherBolus)
            .PermitIf(t.RecordScreeningOutcome, NotACandidate, inadequate, noFurtherBolus);

        machine.Configure(ScreeningPositive)
            .Permit(TherapyAction.ScheduleImplant, ImplantScheduled)
            .Permit(TherapyAction.DeclareNotACandidate, NotACandidate)
            .InternalTransitionIf(t.AcknowledgeAlarm, alarmOpen.Item1, Nothing, alarmOpen.Item2);

        machine.Configure(ImplantScheduled)
            .PermitIf(t.RecordImplant, Implanted, startDoseFromScreening)
            .Permit(TherapyAction.DeclareNotACandidate, NotACandidate)
            .InternalTransitionIf(t.AcknowledgeAlarm, alarmOpen.Item1, Nothing, alarmOpen.Item2);

        machine.Configure(ImplantedPhases)
            .Permit(TherapyAction.DeclareWithdrawalEmergency, WithdrawalEmergency)
            .Permit(TherapyAction.Explant, Explanted)
            .InternalTransitionIf(t.Refill, pumpRefill.Item1, Nothing, pumpRefill.Item2)
            .InternalTransitionIf(t.TransferProgram, pumpProgram.Item1, Nothing, pumpProgram.Item2)
            .InternalTransitionIf(t.AcknowledgeAlarm, alarmOpen.Item1, Nothing, alarmOpen.Item2);

        machine.Configure(Implanted)
            .SubstateOf(ImplantedPhases)
            .PermitIf(t.StartTitration, Titrating, holdEnded)
            .PermitReentryIf(t.ChangeDose, increaseSpacing, underCeiling, titrationIncrease, titrationDecrease)
            .Permit(TherapyAction.Suspend, Suspended);

        machine.Configure(Titrating)
            .SubstateOf(ImplantedPhases)
            .PermitReentryIf(t.ChangeDose, increaseSpacing, underCeiling, titrationIncrease, titrationDecrease)
            .Permit(TherapyAction.EnterMaintenance, Maintenance)
            .Permit(TherapyAction.Suspend, Suspended);

        machine.Configure(Maintenance)
            .SubstateOf(ImplantedPhases)
            .PermitReentryIf(t.ChangeDose, increaseSpacing, underCeiling, maintenanceLimits)
            .Permit(TherapyAction.StartTitration, Titrating)
            .Permit(TherapyAction.Suspend, Suspended);

        machine.Configure(Suspended)
            .SubstateOf(ImplantedPhases)
            .PermitIf(t.Resume, Titrating, restartNotAbove);

        machine.Configure(WithdrawalEmergency)
            .PermitIf(t.ResolveWithdrawalEmergency, Titrating, restoreNotAbove)
            .Permit(TherapyAction.Explant, Explanted)
            .InternalTransitionIf(t.Refill, emergencyRefill.Item1, Nothing, emergencyRefill.Item2)
            .InternalTransitionIf(t.TransferProgram, pumpProgram.Item1, Nothing, pumpProgram.Item2)
            .InternalTransitionIf(t.AcknowledgeAlarm, alarmOpen.Item1, Nothing, alarmOpen.Item2);

        machine.Configure(NotACandidate)
            .InternalTransitionIf(t.AcknowledgeAlarm, alarmOpen.Item1, Nothing, alarmOpen.Item2);

        machine.Configure(Explanted)
            .InternalTransitionIf(t.AcknowledgeAlarm, alarmOpen.Item1, Nothing, alarmOpen.Item2);
    }

    private bool IncreaseAllowedAt(DateTimeOffset at)
    {
        var hold = protocol.StartDose.PostImplantHold.Value.ToTimeSpan();
        var interval = protocol.TitrationFor(Origin).MinimumInterval.Value.ToTimeSpan();
        return (infusionStartedAt is not { } started || at - started >= hold)
            && (lastIncreaseAt is not { } increased || at - increased >= interval);
    }

    // Compared by multiplying, never by dividing by the dose in force: a ratio to a tiny dose would not fit a decimal.
    private bool IncreasesBeyond(DoseChanged e, decimal fraction) => CurrentDose is { } current && e.NewDose - current > current * fraction;

    private bool DecreasesBeyond(DoseChanged e, decimal fraction) => CurrentDose is { } current && current - e.NewDose > current * fraction;

    private bool WithinMaintenanceLimits(DoseChanged e)
    {
        if (CurrentDose is not { } current)
        {
            return true;
        }

        var check = MaintenanceChangeCheck.Check(protocol, new MaintenanceChangeRequest(current, e.NewDose, Origin, Population, e.OverrideReason));
        return check.Blocking?.Code is not (AlertCodes.AbruptDecrease or AlertCodes.IncreaseAboveMaintenanceLimit);
    }
}
