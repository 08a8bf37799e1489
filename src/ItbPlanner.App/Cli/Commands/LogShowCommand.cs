using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Review;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb log show --patient ID [--since DATE] [--kind K] [--json]</c>: a patient's events, newest last; the table ends with
/// the patient's current dates, recomputed as <c>itb schedule</c> does (dates in events are labelled as recorded).
/// </summary>
internal static class LogShowCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var patient = LogOptions.Patient();
        var since = LogOptions.Since();
        var kinds = LogOptions.Kinds();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show a patient's log as a table, newest last; --json prints every stored field of each event.") { patient, since, kinds, json };
        CommandAction.Set<ReadPatientLog>(command, environment, globals, (context, useCase) =>
        {
            var id = context.Get(patient)!.Value;
            var read = useCase.Read(id, context.Get(since), context.Get(kinds));
            if (context.Get(json))
            {
                LogEventJson.Write(context.Out, LogEventJson.Events(read.Shown, read.Voided, read.Late));
            }
            else
            {
                context.Console.Write(LogView.Render(id, read.Shown, read.Voided, moment => LogOptions.Local(context, moment), read.Late));
                if (read.Outlook.HasProgram)
                {
                    context.Console.Write(OutlookView.Render(read.Outlook));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
