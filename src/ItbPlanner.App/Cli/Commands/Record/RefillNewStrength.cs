using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.TherapyLog;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>
/// <c>itb log record refill ... --dose QTY [--dead-space QTY]</c>: a refill at another strength than the program in force
/// is refused (<c>PROGRAM_CONCENTRATION_MISMATCH</c>, exit 3, nothing logged) unless it records the new program with it:
/// the daily dose at the new strength. The program is then logged first and the refill under it, in one transaction;
/// the bridge for the old drug in the pump tubing and catheter is computed as <c>itb concentration-change</c> computes it
/// (<c>BRIDGE_BOLUS_REQUIRED</c>; a critical one is logged as an open alarm), and the refill's dates come from the new rate.
/// </summary>
internal sealed class RefillNewStrength
{
    private readonly Option<MassFlow?> dose = CommonOptions.Dose(description: "The daily dose at the new concentration, when the refill changes it: the new program is recorded with the refill,");
    private readonly Option<Volume?> deadSpace = CommonOptions.Volume("--dead-space", "With --dose: site-verified volume of pump tubing plus catheter for the bridge (default: from the patient's pump and catheter),", example: "0.25mL");

    /// <summary>Adds <c>--dose</c> and <c>--dead-space</c> to the refill command.</summary>
    public RefillNewStrength(Command command)
    {
        command.Options.Add(dose);
        command.Options.Add(deadSpace);
    }

    /// <summary>
    /// The new program to log before the refill and the bridge it needs, or null when the refill keeps the strength of
    /// the program in force.
    /// </summary>
    /// <exception cref="ProtocolLimitException">A new strength without <c>--dose</c> (<c>PROGRAM_CONCENTRATION_MISMATCH</c>), or a new rate below the pump's minimum.</exception>
    /// <exception cref="UserInputException"><c>--dose</c> or <c>--dead-space</c> without a new strength, or no dead space known.</exception>
    public (DoseProgramPayload Payload, ConcentrationChangePlan Bridge)? Program(RecordContext context, MassConcentration concentration, bool compounded = false)
    {
        var before = context.Timeline.Program;
        var newDose = context.Get(dose);
        if (RefillProgramRule.Mismatch(before, concentration) is not { } mismatch)
        {
            if (newDose is not null || context.Get(deadSpace) is not null)
            {
                var which = newDose is not null ? "--dose" : "--dead-space";
                throw new UserInputException($"{which}: the refill keeps the concentration of the program in force ({before?.Concentration.Display() ?? "none"}); record a dose change with 'itb log record dose-program'.");
            }

            return null;
        }

        if (newDose is not { } d)
        {
            var hint = $"{mismatch.Message} Give --dose with the daily dose at {concentration.Display()} (and --dead-space unless the patient's pump and catheter give it) to record the new program with the refill.";
            var refused = mismatch with { Message = hint };
            throw new ProtocolLimitException(refused, [refused]);
        }

        var program = before!;
        var bridge = ConcentrationChangeCalculator.Plan(context.Protocol, new ConcentrationChangeRequest(d, program.Concentration, concentration, DeadSpaceOf(context), Pump(context), compounded));
        foreach (var alert in bridge.Alerts.Where(a => a.Severity >= AlertSeverity.Warning))
        {
            context.Note($"{alert.Severity.ToString().ToUpperInvariant()} {alert.Code}: {alert.Message}");
        }

        return (LogEntries.DoseProgram(program, d, concentration, bridge.NewRate), bridge);
    }

    /// <summary>The new program as an event before the refill (with the bridge in its reason), and its critical bridge alert as an open alarm after it.</summary>
    public static (NewEvent Program, IReadOnlyList<NewEvent> Alarms) Events(RecordContext context, DoseProgramPayload program, ConcentrationChangePlan bridge)
    {
        var reason = $"new concentration at the refill: bridge {bridge.BridgeVolume.Display()} at {bridge.BridgeRate.Display()} for {bridge.BridgeDuration.ToUnit(DurationUnit.Hour).Display()} before the new rate {bridge.NewRate.Display()}";
        var alarms = bridge.Alerts
            .Where(a => a.Severity == AlertSeverity.Critical)
            .Select(a => new NewEvent(context.PatientId, context.At, context.Author, new AlarmRaisedPayload(AlarmType.SafetyAlert, a.Message, a.Code), "raised by the refill's concentration change"))
            .ToArray();
        return (new NewEvent(context.PatientId, context.At, context.Author, program, reason), alarms);
    }

    private DeadSpace DeadSpaceOf(RecordContext context)
    {
        if (context.Get(deadSpace) is { } given)
        {
            return DeadSpace.Given(given);
        }

        return PatientDeadSpace.FromRecords(context.Protocol, Pump(context), context.Timeline.Patient.Catheter)
            ?? throw new UserInputException(
                "--dead-space: the patient's pump and catheter do not give the dead space (pump tubing volume, catheter model with its volume per cm and the implanted length); " +
                "give --dead-space with the site-verified volume of the pump tubing and catheter.");
    }

    private static Domain.Protocols.PumpModel? Pump(RecordContext context) =>
        LogEntries.PumpOf(context.Timeline) is { } id ? context.Protocol.FindPump(id) : null;
}
