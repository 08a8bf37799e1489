namespace ItbPlanner.Domain.Alerts;

// Codes raised by the screening trial, the start dose, titration plans and maintenance-change checks.
public static partial class AlertCodes
{
    /// <summary>The chosen titration step is above the origin's maximum step (a hard stop).</summary>
    public const string StepAboveProtocolLimit = "STEP_ABOVE_PROTOCOL_LIMIT";

    /// <summary>The chosen titration step is below the origin's minimum step (a hard stop).</summary>
    public const string StepBelowProtocolMinimum = "STEP_BELOW_PROTOCOL_MINIMUM";

    /// <summary>A maintenance decrease larger than the protocol's maximum: withdrawal risk (blocked unless overridden with a reason).</summary>
    public const string AbruptDecrease = "ABRUPT_DECREASE";

    /// <summary>A maintenance increase larger than the protocol's maximum: overdose risk (blocked unless overridden with a reason).</summary>
    public const string IncreaseAboveMaintenanceLimit = "INCREASE_ABOVE_MAINTENANCE_LIMIT";

    /// <summary>A screening bolus above the protocol's screening maximum (a hard stop).</summary>
    public const string ScreeningBolusAboveMaximum = "SCREENING_BOLUS_ABOVE_MAXIMUM";
}
