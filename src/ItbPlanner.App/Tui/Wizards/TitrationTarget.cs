using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.App.Tui.Wizards;

/// <summary>
/// The target of a patient's titration, remembered in the log: a titration day logs its dose program with the reason
/// "titration step towards a target of 300 mcg/day" (recorded and hashed with the event), and the next titration day reads
/// the target back from the newest such step. It survives a restart of the app and reads the same on every workstation;
/// a step logged another way (the command line, a refill's dose change) leaves the target as it was; a new implant or
/// maintenance forgets it.
/// </summary>
internal static class TitrationTarget
{
    /// <summary>The words before the target in a titration step's reason.</summary>
    public const string Marker = "titration step towards a target of ";

    /// <summary>The reason a titration step is logged with: the target, then a soft limit's reason when one was overridden.</summary>
    public static string Reason(MassFlow target, string? overrideReason) =>
        Marker + Figures.Of(target) + (overrideReason is null ? string.Empty : "; beyond a soft limit: " + overrideReason);

    /// <summary>The target of the patient's titration as the log remembers it, or null (first titration day, or none since the implant or in maintenance).</summary>
    public static MassFlow? Remembered(PatientFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Phase is not (TherapyPhase.Titrating or TherapyPhase.Implanted))
        {
            return null;
        }

        foreach (var e in file.Record.Effective.Reverse())
        {
            if (e.Kind is EventKind.Implant or EventKind.Explant)
            {
                return null;
            }

            if (e.Kind != EventKind.DoseProgram)
            {
                continue;
            }

            if (e.ReadPayload<DoseProgramPayload>()?.Phase == DosePhase.Maintenance)
            {
                return null;
            }

            if (Read(e.Reason) is { } target)
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>The target a reason names, or null.</summary>
    public static MassFlow? Read(string? reason)
    {
        var start = reason?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return null;
        }

        var rest = reason![(start + Marker.Length)..];
        var end = rest.IndexOf(';', StringComparison.Ordinal);
        var text = (end < 0 ? rest : rest[..end]).Trim();
        return Units.QuantityText.TryParse<MassFlow>(text, out var target) && target > MassFlow.Zero ? target : null;
    }
}
