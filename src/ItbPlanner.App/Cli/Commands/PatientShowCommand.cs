using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Review;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb patient show --id ID</c>: one patient's details, the program in force, the alarm, empty, worst-case empty and
/// refill-by dates recomputed as <c>itb schedule</c> does (the recorded ones beside them) and what needs attention.
/// </summary>
internal static class PatientShowCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var id = LogOptions.Patient("--id", "The patient's id.");
        var json = CommonOptions.Json();
        var command = new Command("show", "Show a patient's details, the program in force, the alarm, empty, worst-case empty and refill-by dates recomputed as itb schedule does (recorded dates beside them) and the alerts.") { id, json };
        FieldFlags.Name(command, ("patient", "--id"));

        CommandAction.Set<ShowPatient>(command, environment, globals, (context, useCase) =>
        {
            var shown = useCase.Show(context.Get(id)!.Value);
            var (registered, record, outlook) = (shown.Registration, shown.Record, shown.Outlook);
            if (context.Get(json))
            {
                LogEventJson.Write(context.Out, new JsonObject
                {
                    ["patient"] = LogEventJson.Patient(registered.Patient),
                    ["registeredAt"] = LogTimestamp.Format(registered.RegisteredAt),
                    ["events"] = registered.Events,
                    ["program"] = TimelineJson.Program(record.Program),
                    ["dates"] = TimelineJson.Outlook(outlook),
                    ["recordedDates"] = TimelineJson.Dates(outlook.RecordedDates),
                    ["alerts"] = TimelineJson.Alerts(outlook.Alerts),
                    ["working"] = new JsonArray([.. outlook.Working.Select(line => (JsonNode)line)]),
                });
            }
            else
            {
                context.Console.Write(PatientView.Details(registered, record, outlook, moment => LogOptions.Local(context, moment)));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
