namespace ItbPlanner.Domain.Alerts;

// Codes of issue 9's dosing checks: screening strength, per-hour rates, large steps at high doses.
public static partial class AlertCodes
{
    /// <summary>A screening bolus drawn from any strength but the protocol's screening strength (a hard stop).</summary>
    public const string ScreeningConcentrationNotAllowed = "SCREENING_CONCENTRATION_NOT_ALLOWED";

    /// <summary>A rate that delivers more than the protocol's maximum screening bolus in one hour (a hard stop).</summary>
    public const string HourlyDoseAboveBolusLimit = "HOURLY_DOSE_ABOVE_BOLUS_LIMIT";

    /// <summary>An increase above the protocol's high-dose step (20 %) taken from a dose at or above the bottom of the origin's usual range (a warning).</summary>
    public const string LargeStepAtHighDose = "LARGE_STEP_AT_HIGH_DOSE";
}
