using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.App.TherapyLog;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using Microsoft.Extensions.DependencyInjection;

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
        CommandAction.Set(command, environment, globals, context =>
        {
            var log = context.Services.GetRequiredService<LogAccess>().ForReading();
            var registered = log.Patients.Get(context.Get(id)!.Value);
            var timeline = TherapyRecord.Read(context.Protocol, log.Events.Events(registered.Patient.Id));
            var outlook = ScheduleLoader.Outlook(timeline, context.Protocol, context.Clock);
            if (context.Get(json))
            {
                LogEventJson.Write(context.Out, new JsonObject
                {
                    ["patient"] = LogEventJson.Patient(registered.Patient),
                    ["registeredAt"] = LogTimestamp.Format(registered.RegisteredAt),
                    ["events"] = registered.Events,
                    ["program"] = TimelineJson.Program(timeline.Program),
                    ["dates"] = TimelineJson.Outlook(outlook),
                    ["recordedDates"] = TimelineJson.Dates(outlook.RecordedDates),
                    ["alerts"] = TimelineJson.Alerts(outlook.Alerts),
                    ["working"] = new JsonArray([.. outlook.Working.Select(line => (JsonNode)line)]),
                });
            }
            else
            {
                context.Console.Write(PatientView.Details(registered, timeline, outlook, moment => LogOptions.Local(context, moment)));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
