namespace ItbPlanner.Domain.Alerts;

// Codes raised by immunotherapy courses (IVIG, plasma exchange).
public static partial class AlertCodes
{
    /// <summary>An IVIG course for a patient recorded as IgA-deficient (a hard stop: anaphylaxis risk).</summary>
    public const string IvigContraindicatedIgaDeficiency = "IVIG_CONTRAINDICATED_IGA_DEFICIENCY";
}
