using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Domain.Immunotherapy;

/// <summary>
/// IVIG is contraindicated in IgA deficiency (anti-IgA antibodies: anaphylaxis). A patient recorded as IgA-deficient
/// makes an IVIG course a hard stop, whether it comes from the command line, the UI or a copied log.
/// </summary>
public static class IvigContraindication
{
    /// <summary>The blocking <c>IVIG_CONTRAINDICATED_IGA_DEFICIENCY</c> alert when the patient is recorded as IgA-deficient; else null (not deficient, or not known).</summary>
    public static Alert? Breached(Patient patient, IvigPayload course)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(course);
        return patient.IgaDeficient == true
            ? Alert.Critical(
                AlertCodes.IvigContraindicatedIgaDeficiency,
                $"Patient {patient.Id.Value} is recorded as IgA-deficient: IVIG ({course.DosePerKg} × {course.Weight} = {course.Total}) is contraindicated (risk of anaphylaxis). Record a plasma exchange or another therapy, or correct the patient's record if the deficiency was recorded in error.")
            : null;
    }
}
