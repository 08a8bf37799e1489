namespace ItbPlanner.Domain.Protocols;

/// <summary>Checks on refill scheduling and on the safety checks run at refills, concentration changes and flex schedules.</summary>
public static partial class ProtocolValidator
{
    private static void CheckRefill(ProtocolChecks checks, RefillRules refill)
    {
        checks.NotNegative(refill.MarginDays);
        if (refill.ClinicDays.Value.Count == 0)
        {
            checks.Add(refill.ClinicDays.Source, $"{refill.ClinicDays.Source.Key} must list at least one weekday on which the clinic refills pumps.");
        }

        checks.Positive(refill.StabilityLimitDays);
        checks.Positive(refill.WithdrawalRiskAlarmVolume);
    }

    private static void CheckSafetyChecks(ProtocolChecks checks, Protocol protocol)
    {
        checks.Positive(protocol.Reconciliation.AbsoluteTolerance);
        checks.StrictlyBetweenZeroAndHundred(protocol.ConcentrationChange.UnbridgedDoseTolerance);
        checks.Positive(protocol.Flex.MaximumStepJump);
    }
}
