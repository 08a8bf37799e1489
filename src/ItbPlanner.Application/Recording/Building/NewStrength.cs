using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>
/// The program a refill runs under when it changes. A refill at another strength than the program in force is refused
/// (<c>PROGRAM_CONCENTRATION_MISMATCH</c>, nothing logged) unless it records the new program with it: the daily dose at
/// the new strength. The program is then logged first and the refill under it, in one transaction; the bridge for the old
/// drug in the pump tubing and catheter is computed as a concentration change computes it (<c>BRIDGE_BOLUS_REQUIRED</c>;
/// a critical one is logged as an open alarm unless acknowledged at the visit), and the refill's dates come from the new
/// rate. A visit may also change the dose at the strength in force, or enter maintenance, with the refill.
/// </summary>
internal static class NewStrength
{
    /// <summary>The field the new daily dose is given in.</summary>
    public const string DoseField = "dose";

    /// <summary>The new program to log before the refill and the bridge it needs, or null when the refill keeps the program in force.</summary>
    /// <exception cref="ProtocolLimitException">A new strength without its dose (<c>PROGRAM_CONCENTRATION_MISMATCH</c>), or a new rate below the pump's minimum.</exception>
    /// <exception cref="InvalidInputException">A dose or dead space at the strength in force (unless the visit changes the dose), or no dead space known.</exception>
    public static (DoseProgramPayload Payload, ConcentrationChangePlan? Bridge)? Program(EntryContext context, RefillEntry entry, PumpModel? pump, bool compounded)
    {
        var before = context.Record.Program;
        if (RefillProgramRule.Mismatch(before, entry.Concentration) is not { } mismatch)
        {
            if ((entry.NewDose is not null && !entry.DoseChangeAllowed) || entry.DeadSpace is not null)
            {
                var field = entry.DeadSpace is not null && entry.NewDose is null ? ConcentrationChanges.PlanConcentrationChange.DeadSpaceField : DoseField;
                throw new InvalidInputException(field, $"the refill keeps the concentration of the program in force ({before?.Concentration.Display() ?? "none"}); record a dose change with 'itb log record dose-program'.");
            }

            var dose = entry.NewDose ?? before?.Dose;
            if (before is null || dose is not { } kept || (kept == before.Dose && !entry.EnterMaintenance))
            {
                return null;
            }

            return (LogEntries.DoseProgram(before, kept, entry.Concentration, kept.VolumeFlowAt(entry.Concentration), overrideReason: entry.OverrideReason, phase: entry.ProgramPhase), null);
        }

        if (entry.NewDose is not { } newDose)
        {
            var hint = $"{mismatch.Message} Give the daily dose at {entry.Concentration.Display()} (and the dead space unless the patient's pump and catheter give it) to record the new program with the refill.";
            var refused = mismatch with { Message = hint };
            throw new ProtocolLimitException(refused, [refused]);
        }

        var program = before!;
        var bridge = ConcentrationChangeCalculator.Plan(context.Protocol, new ConcentrationChangeRequest(newDose, program.Concentration, entry.Concentration, DeadSpaceOf(context, entry, pump), pump, compounded));
        foreach (var alert in bridge.Alerts.Where(a => a.Severity >= AlertSeverity.Warning))
        {
            context.Warn(alert);
        }

        context.Bridge = bridge;
        return (LogEntries.DoseProgram(program, newDose, entry.Concentration, bridge.NewRate, overrideReason: entry.OverrideReason, phase: entry.ProgramPhase), bridge);
    }

    /// <summary>
    /// The new program as an event before the refill (with the bridge, or why the program changes, as its reason), and the
    /// bridge's critical alert, unless acknowledged at the visit, as an open alarm after it.
    /// </summary>
    public static (NewEvent Program, IReadOnlyList<NewEvent> Alarms) Events(EntryContext context, RefillEntry entry, DoseProgramPayload program, ConcentrationChangePlan? bridge)
    {
        var reason = entry.OverrideReason
            ?? (entry.EnterMaintenance ? "titration complete: maintenance from this refill"
            : bridge is not null ? $"new concentration at the refill: bridge {bridge.BridgeVolume.Display()} at {bridge.BridgeRate.Display()} for {bridge.BridgeDuration.ToUnit(DurationUnit.Hour).Display()} before the new rate {bridge.NewRate.Display()}"
            : "dose changed at the refill");
        var alarms = (bridge?.Alerts ?? [])
            .Where(a => a.Severity == AlertSeverity.Critical && !entry.AcknowledgedAlerts.Contains(a.Code))
            .Select(a => context.Event(new AlarmRaisedPayload(AlarmType.SafetyAlert, a.Message, a.Code), "raised by the refill's concentration change"))
            .ToArray();
        return (context.Event(program, reason), alarms);
    }

    private static DeadSpace DeadSpaceOf(EntryContext context, RefillEntry entry, PumpModel? pump)
    {
        if (entry.DeadSpace is { } given)
        {
            return DeadSpace.Given(given);
        }

        return PatientDeadSpace.FromRecords(context.Protocol, pump, context.Record.Patient.Catheter)
            ?? throw new InvalidInputException(
                ConcentrationChanges.PlanConcentrationChange.DeadSpaceField,
                "the patient's pump and catheter do not give the dead space (pump tubing volume, catheter model with its volume per cm and the implanted length); " +
                "give the site-verified volume of the pump tubing and catheter.");
    }
}
