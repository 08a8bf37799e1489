using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
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
        new(EventKind.Refill, "Record a refill: residual aspirated, volume and concentration put in; expected residual and dates default to the log's estimate.", Refill),
        new(EventKind.Explant, "Record the pump's removal.", Notes(notes => new ExplantPayload(notes))),
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
        var details = new PatientDetailOptions();
        fill.Required = true;
        concentration.Required = true;
        dose.Required = true;
        foreach (var option in new Option[] { pump, fill, concentration, dose, rate, mode, serial, details.Catheter, details.CatheterLength, details.CatheterTip })
        {
            command.Options.Add(option);
        }

        var (alarm, refillBy) = RecordOptions.Dates(command, "default: computed from the fill, dose and pump");
        return context =>
        {
            var patient = context.Timeline.Patient;
            var model = PumpOption.Resolve(context.Get(pump)!, context.Protocol);
            var (c, d, v) = (context.Get(concentration)!.Value, context.Get(dose)!.Value, context.Get(fill)!.Value);
            var updated = details.Apply(context.Cli, patient with { PumpModelId = model.Id });
            var dates = context.Given(alarm) || context.Given(refillBy) ? (context.Get(alarm), context.Get(refillBy)) : RecordDates.Plan(context, model.Id, c, d, v);
            var payload = new ImplantPayload(model.Id, v, c, d, context.Get(rate) ?? d.VolumeFlowAt(c), context.Get(mode) ?? DeliveryMode.SimpleContinuous, context.Get(serial), updated.Catheter, dates.Item1, dates.Item2);
            var companions = updated == patient
                ? null
                : new[] { new NewEvent(context.PatientId, context.At, context.Author, new PatientUpdatedPayload(updated), $"pump {model.Id} implanted") };
            return new RecordedPayload(payload, companions);
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

            return new DoseProgramPayload(
                d,
                c,
                context.Get(rate) ?? d.VolumeFlowAt(c),
                context.Get(mode) ?? before?.Mode ?? DeliveryMode.SimpleContinuous,
                before?.Dose,
                before?.Concentration,
                before?.Rate,
                before?.Mode,
                context.Get(overrideReason),
                context.Get(alarm),
                context.Get(refillBy),
                context.Get(phase));
        };
    }

    private static Func<RecordContext, RecordedPayload> Refill(Command command)
    {
        var aspirated = CommonOptions.Volume("--aspirated", "Residual drawn out of the reservoir (0mL is valid),", allowZero: true);
        var fill = CommonOptions.Volume("--fill-volume", "Volume put in,");
        var concentration = CommonOptions.Concentration(description: "Concentration put in,");
        var expected = CommonOptions.Volume("--expected-residual", "Residual the programmer expected (default: estimated from the log),", allowZero: true);
        var lot = RecordOptions.Text("--lot", "The drug's lot number.");
        aspirated.Required = true;
        fill.Required = true;
        concentration.Required = true;
        command.Options.Add(aspirated);
        command.Options.Add(fill);
        command.Options.Add(concentration);
        command.Options.Add(expected);
        command.Options.Add(lot);
        var (alarm, refillBy) = RecordOptions.Dates(command, "default: computed from the fill and the program in force");
        return context =>
        {
            var timeline = context.Timeline;
            var (c, v) = (context.Get(concentration)!.Value, context.Get(fill)!.Value);
            var reconciled = RefillReconciliation.Check(context, context.Get(aspirated)!.Value);
            var residual = context.Get(expected) ?? reconciled?.ExpectedResidual
                ?? (timeline.ReservoirAt(context.At) is { } estimate ? Volume.Max(estimate, Volume.Zero) : null);
            (DateOnly? Alarm, DateOnly? RefillBy) dates = (context.Get(alarm), context.Get(refillBy));
            if (dates is (null, null) && timeline.Program is { } program)
            {
                var pump = timeline.Patient.PumpModelId ?? timeline.Effective.LastOrDefault(e => e.Kind == EventKind.Implant)?.ReadPayload<ImplantPayload>()?.PumpModelId;
                dates = RecordDates.Plan(context, pump, c, program.Dose, v);
            }

            var payload = new RefillPayload(context.Get(aspirated)!.Value, v, c, residual, context.Get(lot), dates.Alarm, dates.RefillBy);
            return new RecordedPayload(payload, RefillReconciliation.AlarmsFor(context, reconciled));
        };
    }
}
