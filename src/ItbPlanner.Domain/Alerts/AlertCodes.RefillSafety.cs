namespace ItbPlanner.Domain.Alerts;

// Refill-visit safety: residual reconciliation, concentration changes, flex schedules.
public static partial class AlertCodes
{
    /// <summary>More drug was aspirated than expected, beyond tolerance: the pump delivered less than programmed (stall, catheter occlusion or kink; withdrawal risk).</summary>
    public const string UnderDelivery = "UNDER_DELIVERY";

    /// <summary>Less drug was aspirated than expected, beyond tolerance: over-infusion, a leak, or a previous pocket fill.</summary>
    public const string OverDelivery = "OVER_DELIVERY";

    /// <summary>The aspirated residual is at or below the pump's low-reservoir alarm volume: the reservoir was close to empty.</summary>
    public const string ResidualNearEmpty = "RESIDUAL_NEAR_EMPTY";

    /// <summary>At the programmed consumption the reservoir should have run dry before this visit (withdrawal risk).</summary>
    public const string ReservoirExpectedDry = "RESERVOIR_EXPECTED_DRY";

    /// <summary>The concentration changes: the pump tubing and catheter still hold the old drug, so a bridge bolus is needed.</summary>
    public const string BridgeBolusRequired = "BRIDGE_BOLUS_REQUIRED";

    /// <summary>A flex schedule has more steps than the pump accepts in a day.</summary>
    public const string TooManySteps = "TOO_MANY_STEPS";

    /// <summary>A flex step's hourly rate rises over the previous step's by more than the protocol's limit.</summary>
    public const string StepJumpAboveLimit = "STEP_JUMP_ABOVE_LIMIT";

    /// <summary>A flex step's hourly rate looks like a daily dose typed in the per-hour field (the confusion behind real overdoses).</summary>
    public const string RateLooksLikeDailyDose = "RATE_LOOKS_LIKE_DAILY_DOSE";

    /// <summary>
    /// A program's volume rate does not deliver its daily dose at its strength (rate × strength off the dose by more than
    /// 2 %): the pump would run another dose than the one logged (a program that does not match what is in the pump).
    /// </summary>
    public const string ProgramRateMismatch = "PROGRAM_RATE_MISMATCH";
}
