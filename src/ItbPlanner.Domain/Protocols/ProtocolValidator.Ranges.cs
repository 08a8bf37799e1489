namespace ItbPlanner.Domain.Protocols;

/// <summary>
/// Every protocol value within its plausible range (<see cref="PlausibleRanges"/>), so that no calculator meets a value it
/// cannot compute with (a dose resolution of 1e-28 mcg/day overflowed titrate). Run last: a value already in error is not
/// reported again.
/// </summary>
public static partial class ProtocolValidator
{
    private static void CheckRanges(ProtocolChecks checks, Protocol protocol)
    {
        checks.TextWithin(protocol.Name, "the protocol's name", protocol.Location, PlausibleRanges.ShortText);
        checks.TextWithin(protocol.Version, "the protocol's version", protocol.Location, PlausibleRanges.ShortText);
        foreach (var strength in protocol.Strengths)
        {
            checks.Within(strength.Concentration, PlausibleRanges.Concentration);
            foreach (var product in strength.Products)
            {
                checks.TextWithin(product, $"a product name of the {strength.Concentration.Value} strength", ProtocolChecks.Where(strength.Concentration.Source), PlausibleRanges.ShortText);
            }
        }

        foreach (var pump in protocol.Pumps)
        {
            CheckPumpRanges(checks, pump);
        }

        foreach (var catheter in protocol.Catheters)
        {
            checks.TextWithin(catheter.Name, $"the name of catheter {catheter.Id}", catheter.Location, PlausibleRanges.ShortText);
            checks.Within(catheter.VolumePerCm, PlausibleRanges.CatheterVolumePerCm);
            checks.Within(catheter.LengthBeforeTrimCm, PlausibleRanges.CatheterLength);
        }

        checks.Within(protocol.Refill.MarginDays, PlausibleRanges.MarginDays);
        checks.Within(protocol.Refill.StabilityLimitDays, PlausibleRanges.StabilityLimitDays);
        checks.Within(protocol.Refill.WithdrawalRiskAlarmVolume, PlausibleRanges.AlarmVolume);
        CheckDoseRanges(checks, protocol);
        CheckScreeningRanges(checks, protocol.Screening);
        checks.Within(protocol.Reconciliation.AbsoluteTolerance, PlausibleRanges.ReconciliationTolerance);
        checks.Within(protocol.ConcentrationChange.UnbridgedDoseTolerance, PlausibleRanges.UnbridgedDoseTolerance);
        checks.Within(protocol.Flex.MaximumStepJump, PlausibleRanges.FlexStepJump);
        checks.Within(protocol.HighDose?.LargeStep, PlausibleRanges.DoseChange);
        checks.Within(protocol.Log?.CheckpointMaxAgeDays, PlausibleRanges.CheckpointMaxAgeDays);
        checks.Within(protocol.OralWean?.MinimumStep, PlausibleRanges.OralWeanStep);
        checks.Within(protocol.OralWean?.MaximumStep, PlausibleRanges.OralWeanStep);
        checks.Within(protocol.OralWean?.ReassessAfter, PlausibleRanges.StepInterval);
        checks.Within(protocol.OralWean?.OralCeiling, PlausibleRanges.OralCeiling);
    }

    private static void CheckPumpRanges(ProtocolChecks checks, PumpModel pump)
    {
        checks.TextWithin(pump.Name, $"the name of pump {pump.Id}", pump.Location ?? ProtocolChecks.Where(pump.Capacity.Source), PlausibleRanges.ShortText);
        checks.Within(pump.Capacity, PlausibleRanges.PumpCapacity);
        checks.Within(pump.LowReservoirAlarm, PlausibleRanges.AlarmVolume);
        checks.Within(pump.Accuracy, PlausibleRanges.PumpAccuracy);
        checks.Within(pump.MinimumRate, PlausibleRanges.MinimumRate);
        checks.Within(pump.FixedRate, PlausibleRanges.FixedRate);
        checks.Within(pump.TubingDeadSpace, PlausibleRanges.TubingDeadSpace);
        checks.Within(pump.MaxFlexSteps, PlausibleRanges.MaxFlexSteps);
        checks.Within(pump.NonDeliverableVolume, PlausibleRanges.NonDeliverableVolume);
        checks.Within(pump.MinimumConcentration, PlausibleRanges.Concentration);
        checks.Within(pump.MaximumConcentration, PlausibleRanges.Concentration);
    }

    private static void CheckDoseRanges(ProtocolChecks checks, Protocol protocol)
    {
        foreach (var limits in protocol.DoseLimits)
        {
            checks.Within(limits.UsualMinimum, PlausibleRanges.DoseLimit);
            checks.Within(limits.UsualMaximum, PlausibleRanges.DoseLimit);
            checks.Within(limits.HardCeiling, PlausibleRanges.DoseLimit);
            foreach (var range in limits.OriginRanges)
            {
                checks.Within(range.UsualMinimum, PlausibleRanges.DoseLimit);
                checks.Within(range.UsualMaximum, PlausibleRanges.DoseLimit);
            }
        }

        checks.Within(protocol.StartDose.Multiplier, PlausibleRanges.StartMultiplier);
        checks.Within(protocol.StartDose.LongEffectThreshold, PlausibleRanges.LongEffectThreshold);
        checks.Within(protocol.StartDose.PostImplantHold, PlausibleRanges.PostImplantHold);
        foreach (var rule in protocol.Titration)
        {
            checks.Within(rule.MinimumIncrease, PlausibleRanges.DoseChange);
            checks.Within(rule.DefaultIncrease, PlausibleRanges.DoseChange);
            checks.Within(rule.MaximumIncrease, PlausibleRanges.DoseChange);
            checks.Within(rule.MaximumDecrease, PlausibleRanges.DoseChange);
            checks.Within(rule.MinimumInterval, PlausibleRanges.StepInterval);
            checks.Within(rule.DoseResolution, PlausibleRanges.DoseResolution);
        }

        foreach (var rule in protocol.Maintenance)
        {
            checks.Within(rule.MaximumIncrease, PlausibleRanges.DoseChange);
            checks.Within(rule.MaximumDecrease, PlausibleRanges.DoseChange);
        }
    }

    private static void CheckScreeningRanges(ProtocolChecks checks, ScreeningRules screening)
    {
        checks.Within(screening.Concentration, PlausibleRanges.Concentration);
        foreach (var bolus in screening.Schedules.SelectMany(s => s.Boluses))
        {
            checks.Within(bolus, PlausibleRanges.ScreeningBolus);
        }

        checks.Within(screening.SmallChildStart, PlausibleRanges.ScreeningBolus);
        checks.Within(screening.MaximumBolus, PlausibleRanges.ScreeningBolus);
        checks.Within(screening.MinimumInterval, PlausibleRanges.StepInterval);
        checks.Within(screening.Observation, PlausibleRanges.Observation);
        checks.TextWithin(screening.PositiveResponse.Value, screening.PositiveResponse.Source.Key, ProtocolChecks.Where(screening.PositiveResponse.Source), PlausibleRanges.LongText);
        foreach (var assessment in screening.Assess)
        {
            checks.TextWithin(assessment, "an assessment under screening.assess", null, PlausibleRanges.ShortText);
        }
    }
}
