namespace ItbPlanner.Domain.Alerts;

// Codes raised by oral baclofen wean plans and concomitant medicines.
public static partial class AlertCodes
{
    /// <summary>Two oral wean steps closer together than the protocol's reassessment interval (a hard stop).</summary>
    public const string OralWeanStepTooSoon = "ORAL_WEAN_STEP_TOO_SOON";

    /// <summary>An oral baclofen daily dose above the protocol's oral ceiling (a warning for the dose a wean starts from).</summary>
    public const string OralDoseAboveCeiling = "ORAL_DOSE_ABOVE_CEILING";
}
