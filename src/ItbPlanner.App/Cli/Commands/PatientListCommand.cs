using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb patient list</c>: every registered patient with current details.</summary>
internal static class PatientListCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "List the registered patients with their current details.") { json };
        CommandAction.Set<ListPatients>(command, environment, globals, (context, useCase) =>
        {
            var patients = useCase.List();
            if (context.Get(json))
            {
                LogEventJson.Write(context.Out, new JsonArray([.. patients.Select(p => (JsonNode)new JsonObject
                {
                    ["patient"] = LogEventJson.Patient(p.Patient),
                    ["registeredAt"] = LogTimestamp.Format(p.RegisteredAt),
                    ["events"] = p.Events,
                })]));
            }
            else
            {
                context.Console.Write(PatientView.List(patients, moment => LogOptions.Local(context, moment)));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
