using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Review;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb log show --patient ID [--since DATE] [--kind K] [--limit N] [--json]</c>: a patient's events, newest last; the
/// table ends with the patient's current dates, recomputed as <c>itb schedule</c> does (dates in events are labelled as
/// recorded). Rows are streamed from the log (a long table is rendered in pages, JSON written as it is read), so memory
/// does not grow with the length of the log.
/// </summary>
internal static class LogShowCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var patient = LogOptions.Patient();
        var since = LogOptions.Since();
        var kinds = LogOptions.Kinds();
        var limit = new Option<int?>("--limit")
        {
            Description = "Only the newest N events of those that match (still shown oldest first).",
            HelpName = "N",
            CustomParser = ParseLimit,
        };
        var json = CommonOptions.Json();
        var command = new Command("show", "Show a patient's log as a table, newest last; --json prints every stored field of each event.") { patient, since, kinds, limit, json };
        CommandAction.Set<ReadPatientLog>(command, environment, globals, (context, useCase) =>
        {
            var id = context.Get(patient)!.Value;
            var read = useCase.Stream(id, context.Get(since), context.Get(kinds), context.Get(limit));
            if (context.Get(json))
            {
                LogEventJson.WriteEvents(context.Out, read.Shown, read.Voided, read.Late);
                return ExitCodes.Ok;
            }

            foreach (var page in LogView.RenderPages(id, read.Shown, read.Count, read.Voided, moment => LogOptions.Local(context, moment), read.Late, context.Console.Profile.Width))
            {
                context.Console.Write(page);
            }

            // Today's dates from the standing events the dates depend on, replayed in order of occurrence without holding them.
            var outlook = useCase.OutlookToday(id, read.Voided);
            if (outlook.HasProgram)
            {
                context.Console.Write(OutlookView.Render(outlook));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static int? ParseLimit(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
        {
            return n;
        }

        result.AddError($"--limit: '{text}' is not a number of events; give a whole number of at least 1, e.g. 50.");
        return null;
    }
}
