using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Medication;

/// <summary>
/// Oral baclofen's daily ceiling (protocol <c>oralWean.oralCeiling</c>: label 80 mg/day, UK 100 mg/day) as a hard limit on
/// what the log records: the same check whether the entry comes from the command line, the UI or a copied log.
/// </summary>
public static class OralCeiling
{
    /// <summary>The blocking <c>ORAL_DOSE_ABOVE_CEILING</c> alert when the event puts oral baclofen above the ceiling; else null (other drugs, stops, a protocol without the setting).</summary>
    public static Alert? Breached(Protocol protocol, MedicationPayload medication)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(medication);
        if (!ConcomitantDrug.IsOralBaclofen(medication.Drug) || protocol.OralWean is not { } rules || medication.DailyTotal <= rules.OralCeiling.Value)
        {
            return null;
        }

        return Alert.Critical(
            AlertCodes.OralDoseAboveCeiling,
            $"Oral baclofen {medication.DailyTotal.Display()} ({medication.Dose?.ToUnit(MassUnit.Milligram)} every {medication.Every}) is above the oral ceiling {rules.OralCeiling.Cite()}.");
    }
}
