using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Export;
using ItbPlanner.Application.Review;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb log export --patient ID --format csv|json|fhir [--out FILE]</c>. The patient's chain is verified first: a broken
/// chain is not exported (exit 4), so an export always carries an intact history and its head hash.
/// </summary>
internal static class LogExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var patient = LogOptions.Patient();
        var format = new Option<string>("--format")
        {
            Description = "csv (one row per event, units in the column names), json (every stored field) or fhir (an R4 Bundle of the medication events).",
            HelpName = string.Join("|", LogExports.Formats),
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. LogExports.Formats]);
        var output = LogOptions.Out("Write to this file (created owner-only) instead of stdout.");
        var command = new Command("export", "Export a patient's verified log as CSV, JSON or a FHIR R4 Bundle.") { patient, format, output };
        CommandAction.Set<ExportLog>(command, environment, globals, (context, useCase) =>
        {
            var id = context.Get(patient)!.Value;
            var export = useCase.Export(id);
            if (export.Broken is { } broken)
            {
                context.Error.WriteLine($"error: not exported, the log fails verification: {broken.Message}");
                return ExitCodes.LogVerificationFailed;
            }

            var events = export.Events;
            var text = LogExports.Build(context.Get(format)!, export.Registration, events, export.Voided, export.Now, export.Zone);

            if (context.Get(output) is { } path)
            {
                OutputFile.Write(path, text);
                context.Error.WriteLine($"Wrote {events.Count} events of patient {id} to {path} (head hash {events[^1].Hash}).");
            }
            else
            {
                context.Out.Write(text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
