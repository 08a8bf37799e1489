using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Internal;
using ItbPlanner.Domain.StateMachines;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Domain.Workflow.Events;
using static ItbPlanner.Domain.Workflow.TherapyPhase;

namespace ItbPlanner.Domain.Workflow;

// The workflow: phases, transitions and the protocol's guards. Guards marked Rule are the protocol's clinical limits;
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

        var baselineRecorded = Guard.Of("a baseline assessment is recorded before the bolus", () => pendingBaseline is not null);
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

        var positive = Guard.Of<ScreeningOutcomeRecorded>("the clinician confirms a positive response", e => e.Response == ScreeningResponse.Positive);
        var inadequate = Guard.Of<ScreeningOutcomeRecorded>("the response was inadequate", e => e.Response == ScreeningResponse.Inadequate);
        var furtherBolus = Guard.Of("a further bolus remains in the schedule", () => NextScreeningBolus is not null);
        var noFurtherBolus = Guard.Of("no further bolus remains in the schedule", () => NextScreeningBolus is null);

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
        var titrationIncrease = Rule<DoseChanged>($"an increase of at most {titration.MaximumIncrease.Value}", e => ChangeFraction(e) <= titration.MaximumIncrease.Value.Fraction);
        var titrationDecrease = Rule<DoseChanged>(
            $"a decrease of at most {titration.MaximumDecrease.Value}, unless an override reason is given",
            e => -ChangeFraction(e) <= titration.MaximumDecrease.Value.Fraction || !string.IsNullOrWhiteSpace(e.OverrideReason));
        var maintenanceLimits = Rule<DoseChanged>(
            $"at most +{maintenance.MaximumIncrease.Value} or −{maintenance.MaximumDecrease.Value} at a visit, unless an override reason is given",
            e => WithinMaintenanceLimits(e));

        var restartNotAbove = Rule<InfusionResumed>("the restart dose is not above the dose before the interruption", e => doseBeforeInterruption is not { } before || e.RestartDose <= before);
        var restoreNotAbove = Rule<WithdrawalEmergencyResolved>("the restored dose is not above the dose before the interruption", e => doseBeforeInterruption is not { } before || e.RestoredDose <= before);

        machine.Configure(Candidate)
            .Permit(TherapyAction.ScheduleScreening, ScreeningScheduled)
            .Permit(TherapyAction.DeclareNotACandidate, NotACandidate);

        machine.Configure(ScreeningPhases)
            .Permit(TherapyAction.DeclareNotACandidate, NotACandidate);

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
            .Permit(TherapyAction.DeclareNotACandidate, NotACandidate);

        machine.Configure(ImplantScheduled)
            .PermitIf(t.RecordImplant, Implanted, startDoseFromScreening)
            .Permit(TherapyAction.DeclareNotACandidate, NotACandidate);

        machine.Configure(ImplantedPhases)
            .Permit(TherapyAction.DeclareWithdrawalEmergency, WithdrawalEmergency)
            .Permit(TherapyAction.Explant, Explanted);

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
            .Permit(TherapyAction.Explant, Explanted);

        machine.Configure(NotACandidate);
        machine.Configure(Explanted);
    }

    /// <summary>A protocol limit: checked for new actions, not when replaying stored events.</summary>
    private Guard Rule<TEvent>(string description, Func<TEvent, bool> condition) =>
        Guard.Of<TEvent>(description, e => replaying || condition(e));

    private bool IncreaseAllowedAt(DateTimeOffset at)
    {
        var hold = protocol.StartDose.PostImplantHold.Value.ToTimeSpan();
        var interval = protocol.TitrationFor(Origin).MinimumInterval.Value.ToTimeSpan();
        return (infusionStartedAt is not { } started || at - started >= hold)
            && (lastIncreaseAt is not { } increased || at - increased >= interval);
    }

    private decimal ChangeFraction(DoseChanged e) => CurrentDose is { } current ? (e.NewDose - current) / current : 0m;

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
