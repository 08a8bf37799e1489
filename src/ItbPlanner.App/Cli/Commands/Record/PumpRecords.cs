using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.TherapyLog;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>The pump's record subcommands: implant booking, implant, programs, refills, explant.</summary>
internal static class PumpRecords
{
    /// <summary>The kinds.</summary>
    public static IEnumerable<RecordKind> All() =>
    [
        new(EventKind.ImplantScheduled, "Record a booked implant (optional: an implant may follow a positive screening directly).", ScreeningRecords.Scheduled(date => new ImplantScheduledPayload(date.Date, date.Notes))),
        new(EventKind.Implant, "Record an implant: pump, first fill, concentration and starting dose; the patient's pump and catheter are updated with it.", Implant),
        new(EventKind.DoseProgram, "Record a new pump program (daily dose, concentration, rate, mode) with the reason; the program it replaces is recorded with it.", DoseProgram),
        new(EventKind.Refill, "Record a refill: residual aspirated, volume and concentration put in; expected residual and dates default to the log's estimate. A concentration other than the program in force's is refused (exit 3, PROGRAM_CONCENTRATION_MISMATCH) unless --dose gives the daily dose at the new strength: the new program is then recorded before the refill and the bridge reported (BRIDGE_BOLUS_REQUIRED).", Refill),
        new(EventKind.Explant, "Record the pump's removal.", Notes(notes => new ExplantPayload(notes))),
        new(EventKind.ProgramTransferred, "Record that a logged plan (implant, dose program, refill) was entered into the pump and runs in the intended mode; until then it is pending (default: the newest pending plan).", ProgramTransferred),
    ];

    /// <summary>A kind with only <c>--notes</c>.</summary>
    public static Func<Command, Func<RecordContext, RecordedPayload>> Notes(Func<string?, EventPayload> payload) => command =>
    {
        var notes = RecordOptions.Text("--notes", "Details.");
        command.Options.Add(notes);
        return context => payload(context.Get(notes));
    };

    private static Func<RecordContext, RecordedPayload> Implant(Command command)
    {
        var pump = PumpOption.Create();
        var fill = CommonOptions.Volume("--fill-volume", "The first fill,");
        var concentration = CommonOptions.Concentration(description: "Concentration filled,");
        var dose = CommonOptions.Dose(description: "Starting daily dose,");
        var rate = CommonOptions.Rate(description: "Programmed volume rate (default: dose ÷ concentration),");
        var mode = CodeOption.Create<DeliveryMode>("--mode", "Delivery mode (default simple-continuous).");
        var serial = RecordOptions.Text("--serial", "The pump's serial number.");
        var compounded = CommonOptions.Compounded("The first fill");
        var details = new PatientDetailOptions();
        fill.Required = true;
        concentration.Required = true;
        dose.Required = true;
        foreach (var option in new Option[] { pump, fill, concentration, compounded, dose, rate, mode, serial, details.Catheter, details.CatheterLength, details.CatheterTip })
        {
            command.Options.Add(option);
        }

        var (alarm, refillBy) = RecordOptions.Dates(command, "default: computed from the fill, dose and pump");
        return context =>
        {
            var patient = context.Timeline.Patient;
            var model = PumpOption.Resolve(context.Get(pump)!, context.Protocol);
            var (c, d, v) = (context.Get(concentration)!.Value, context.Get(dose)!.Value, context.Get(fill)!.Value);
            var isCompounded = CheckStrength(context, model, c, context.Get(compounded));
            var updated = details.Apply(context.Cli, patient with { PumpModelId = model.Id });
            var dates = context.Given(alarm) || context.Given(refillBy) ? (context.Get(alarm), context.Get(refillBy)) : RecordDates.Plan(context, model.Id, c, d, v, isCompounded);
            var payload = new ImplantPayload(model.Id, v, c, d, context.Get(rate) ?? d.VolumeFlowAt(c), context.Get(mode) ?? DeliveryMode.SimpleContinuous, context.Get(serial), updated.Catheter, dates.Item1, dates.Item2, Compounded(isCompounded));
            var companions = LogEntries.Implant(patient, payload, context.At, context.Author).Skip(1).ToArray();
            return new RecordedPayload(payload, companions.Length == 0 ? null : companions);
        };
    }

    private static Func<RecordContext, RecordedPayload> ProgramTransferred(Command command)
    {
        var plan = RecordOptions.Sequence("--plan-seq", "The implant, dose-program or refill event transferred (default: the newest pending plan).");
        var notes = RecordOptions.Text("--notes", "How it was checked (programmer printout compared, pump interrogated).");
        command.Options.Add(plan);
        command.Options.Add(notes);
        return context =>
        {
            var pending = context.Timeline.PendingTransfer;
            var seq = context.Get(plan) ?? pending?.Seq
                ?? throw new UserInputException($"Patient {context.PatientId} has no plan waiting to be transferred; give --plan-seq to name one.");
            var planned = context.History.SingleOrDefault(e => e.Seq == seq);
            return planned?.Kind is EventKind.Implant or EventKind.DoseProgram or EventKind.Refill
                ? new ProgramTransferredPayload(seq, context.Get(notes))
                : throw new UserInputException($"--plan-seq: event {seq} of patient {context.PatientId} is not an implant, dose-program or refill.");
        };
    }

    private static Func<RecordContext, RecordedPayload> DoseProgram(Command command)
    {
        var dose = CommonOptions.Dose(description: "The new daily dose,");
        var concentration = CommonOptions.Concentration(description: "Concentration in the reservoir (default: the program in force's),");
        var rate = CommonOptions.Rate(description: "Programmed volume rate (default: dose ÷ concentration),");
        var mode = CodeOption.Create<DeliveryMode>("--mode", "Delivery mode (default: the program in force's, else simple-continuous).");
        var overrideReason = RecordOptions.Text("--override-reason", "Why a protocol limit is overridden; logged with the program.");
        var phase = CodeOption.Create<DosePhase>("--phase", "Which limits apply: titration (daily steps) or maintenance (a change at a refill); default: the course's current phase.");
        dose.Required = true;
        command.Options.Add(dose);
        command.Options.Add(concentration);
        command.Options.Add(rate);
        command.Options.Add(mode);
        command.Options.Add(overrideReason);
        command.Options.Add(phase);
        var (alarm, refillBy) = RecordOptions.Dates(command, "after reprogramming");
        return context =>
        {
            var before = context.Timeline.Program;
            var c = context.Get(concentration) ?? before?.Concentration
                ?? throw new UserInputException("--concentration: no program is in force yet to take it from; give the concentration in the reservoir.");
            var d = context.Get(dose)!.Value;
            if (context.Get(alarm) is null && context.Timeline.Dates is not null)
            {
                context.Note("the alarm and refill-by dates recorded earlier no longer hold after this change; give --alarm-date and --refill-by from the programmer, or re-plan with itb refill.");
            }

            return LogEntries.DoseProgram(before, d, c, context.Get(rate), context.Get(mode), context.Get(overrideReason), context.Get(alarm), context.Get(refillBy), context.Get(phase));
        };
    }

    private static Func<RecordContext, RecordedPayload> Refill(Command command)
    {
        var aspirated = CommonOptions.Volume("--aspirated", "Residual drawn out of the reservoir (0mL is valid),", allowZero: true);
        var fill = CommonOptions.Volume("--fill-volume", "Volume put in,");
        var concentration = CommonOptions.Concentration(description: "Concentration put in,");
        var expected = CommonOptions.Volume("--expected-residual", "Residual the programmer expected (default: estimated from the log),", allowZero: true);
        var lot = RecordOptions.Text("--lot", "The drug's lot number.");
        var compounded = CommonOptions.Compounded("The refill");
        aspirated.Required = true;
        fill.Required = true;
        concentration.Required = true;
        command.Options.Add(aspirated);
        command.Options.Add(fill);
        command.Options.Add(concentration);
        command.Options.Add(expected);
        command.Options.Add(lot);
        command.Options.Add(compounded);
        var (alarm, refillBy) = RecordOptions.Dates(command, "default: computed from the fill and the program in force");
        var newStrength = new RefillNewStrength(command);
        return context =>
        {
            var timeline = context.Timeline;
            var (c, v) = (context.Get(concentration)!.Value, context.Get(fill)!.Value);
            var pumpId = LogEntries.PumpOf(timeline);
            var isCompounded = CheckStrength(context, pumpId is null ? null : context.Protocol.FindPump(pumpId), c, context.Get(compounded));
            var newProgram = newStrength.Program(context, c, isCompounded);
            var reconciled = RefillReconciliation.Check(context, context.Get(aspirated)!.Value);
            var residual = context.Get(expected) ?? reconciled?.ExpectedResidual ?? LogEntries.ExpectedResidual(timeline, context.At);
            (DateOnly? Alarm, DateOnly? RefillBy) dates = (context.Get(alarm), context.Get(refillBy));
            if (dates is (null, null) && (newProgram?.Payload.Dose ?? timeline.Program?.Dose) is { } dailyDose)
            {
                dates = RecordDates.Plan(context, pumpId, c, dailyDose, v, isCompounded);
            }

            var payload = new RefillPayload(context.Get(aspirated)!.Value, v, c, residual, context.Get(lot), dates.Alarm, dates.RefillBy, Compounded(isCompounded));
            var alarms = RefillReconciliation.AlarmsFor(context, reconciled) ?? [];
            if (newProgram is not { } change)
            {
                return new RecordedPayload(payload, alarms.Count == 0 ? null : alarms);
            }

            var (program, bridgeAlarms) = RefillNewStrength.Events(context, change.Payload with { AlarmDate = dates.Alarm, RefillByDate = dates.RefillBy }, change.Bridge);
            return new RecordedPayload(payload, [.. alarms, .. bridgeAlarms], [program]);
        };
    }

    /// <summary>
    /// Holds the strength filled to the stocked strengths and the pump's label (exit 3 when a hard limit refuses it); a
    /// compounded product's warning is noted on stderr. Returns whether the fill is recorded as compounded.
    /// </summary>
    /// <exception cref="Domain.Errors.ProtocolLimitException">The strength is not one a pump may be filled with.</exception>
    private static bool CheckStrength(RecordContext context, PumpModel? pump, MassConcentration concentration, bool compounded)
    {
        var alerts = new List<Alert>();
        ConcentrationCheck.Apply(context.Protocol, pump, concentration, compounded, alerts, []);
        foreach (var alert in alerts)
        {
            context.Note($"{alert.Severity.ToString().ToUpperInvariant()} {alert.Code}: {alert.Message}");
        }

        return compounded;
    }

    /// <summary>The payload's <c>compounded</c> field: true, or absent (null) so that an ordinary fill serialises as before.</summary>
    private static bool? Compounded(bool compounded) => compounded ? true : null;
}
