using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>The pump's record subcommands: implant booking, implant, programs, refills, explant.</summary>
internal static class PumpRecords
{
    /// <summary>The kinds.</summary>
    public static IEnumerable<RecordKind> All() =>
    [
        new(EventKind.ImplantScheduled, "Record a booked implant (optional: an implant may follow a positive screening directly).", ScreeningRecords.Scheduled(date => new ImplantBookingEntry(date.Date, date.Notes))),
        new(EventKind.Implant, "Record an implant: pump, first fill, concentration and starting dose; the patient's pump and catheter are updated with it.", Implant),
        new(EventKind.DoseProgram, "Record a new pump program (daily dose, concentration, rate, mode) with the reason; the program it replaces is recorded with it.", DoseProgram),
        new(EventKind.Refill, "Record a refill: residual aspirated, volume and concentration put in; expected residual and dates default to the log's estimate. A concentration other than the program in force's is refused (exit 3, PROGRAM_CONCENTRATION_MISMATCH) unless --dose gives the daily dose at the new strength: the new program is then recorded before the refill and the bridge reported (BRIDGE_BOLUS_REQUIRED).", Refill),
        new(EventKind.Explant, "Record the pump's removal.", Notes(notes => new ExplantEntry(notes))),
        new(EventKind.ProgramTransferred, "Record that a logged plan (implant, dose program, refill) was entered into the pump and runs in the intended mode; until then it is pending (default: the newest pending plan).", ProgramTransferred),
    ];

    /// <summary>A kind with only <c>--notes</c>.</summary>
    public static Func<Command, Func<CliContext, EntryDetails>> Notes(Func<string?, EntryDetails> entry) => command =>
    {
        var notes = RecordOptions.Text("--notes", "Details.");
        command.Options.Add(notes);
        return context => entry(context.Get(notes));
    };

    private static Func<CliContext, EntryDetails> Implant(Command command)
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
        return context => new ImplantEntry(context.Get(pump)!, context.Get(fill)!.Value, context.Get(concentration)!.Value, context.Get(dose)!.Value)
        {
            Rate = context.Get(rate),
            Mode = context.Get(mode),
            Serial = context.Get(serial),
            Compounded = context.Get(compounded),
            CatheterId = context.Get(details.Catheter),
            CatheterLengthCm = context.Get(details.CatheterLength),
            CatheterTip = context.Get(details.CatheterTip),
            AlarmDate = context.Get(alarm),
            RefillByDate = context.Get(refillBy),
        };
    }

    private static Func<CliContext, EntryDetails> ProgramTransferred(Command command)
    {
        var plan = RecordOptions.Sequence("--plan-seq", "The implant, dose-program or refill event transferred (default: the newest pending plan).");
        var notes = RecordOptions.Text("--notes", "How it was checked (programmer printout compared, pump interrogated).");
        command.Options.Add(plan);
        command.Options.Add(notes);
        FieldFlags.Name(command, ("plan", "--plan-seq"));
        return context => new ProgramTransferEntry(context.Get(plan), context.Get(notes));
    }

    private static Func<CliContext, EntryDetails> DoseProgram(Command command)
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
        return context => new DoseProgramEntry(context.Get(dose)!.Value, context.Get(concentration), context.Get(rate), context.Get(mode), context.Get(overrideReason), context.Get(phase), context.Get(alarm), context.Get(refillBy));
    }

    private static Func<CliContext, EntryDetails> Refill(Command command)
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
        var newDose = CommonOptions.Dose(description: "The daily dose at the new concentration, when the refill changes it: the new program is recorded with the refill,");
        var deadSpace = CommonOptions.Volume("--dead-space", "With --dose: site-verified volume of pump tubing plus catheter for the bridge (default: from the patient's pump and catheter),", example: "0.25mL");
        command.Options.Add(newDose);
        command.Options.Add(deadSpace);
        FieldFlags.Name(command, ("aspirated volume", "--aspirated"));
        return context => new RefillEntry(context.Get(aspirated)!.Value, context.Get(fill)!.Value, context.Get(concentration)!.Value)
        {
            ExpectedResidual = context.Get(expected),
            Lot = context.Get(lot),
            Compounded = context.Get(compounded),
            AlarmDate = context.Get(alarm),
            RefillByDate = context.Get(refillBy),
            NewDose = context.Get(newDose),
            DeadSpace = context.Get(deadSpace),
        };
    }
}
