using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>Record subcommands about medicines beside ITB: oral baclofen, diazepam and any other drug by name.</summary>
internal static class MedicationRecords
{
    /// <summary>The kinds.</summary>
    public static IEnumerable<RecordKind> All() =>
    [
        new(EventKind.Medication, "Record a medicine beside ITB started or changed (--drug NAME --dose 15mg --every 8h) or stopped (--stop): oral baclofen (baclofen), diazepam, or any other by name; oral baclofen above the protocol's oral ceiling exits 3.", Medication),
    ];

    private static Func<CliContext, EntryDetails> Medication(Command command)
    {
        var drug = RecordOptions.Text("--drug", "The drug: baclofen (oral baclofen), diazepam, or another name.", required: true);
        var dose = RecordOptions.Mass("--dose", "Each dose,");
        var every = QuantityOption.Create<Duration, DurationUnit>("--every", "Time between doses, at most a day (8h is three times a day),", example: "8h");
        var stop = new Option<bool>("--stop") { Description = "The drug is stopped (no --dose or --every)." };
        var notes = RecordOptions.Text("--notes", "Route, reason, who prescribed.");
        command.Options.Add(drug);
        command.Options.Add(dose);
        command.Options.Add(every);
        command.Options.Add(stop);
        command.Options.Add(notes);
        return context => new MedicationEntry(context.Get(drug)!, context.Get(dose), context.Get(every), context.Get(stop), context.Get(notes));
    }
}
