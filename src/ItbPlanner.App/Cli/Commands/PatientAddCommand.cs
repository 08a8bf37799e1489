using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb patient add</c>: registers a patient (their log's first event).</summary>
internal static class PatientAddCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var id = LogOptions.Patient("--id", "The clinic's identifier for the patient; it never changes.");
        var population = CodeOption.Create<Population>("--population", "Whose dose limits apply: adult, or child (under 12).");
        var origin = CodeOption.Create<SpasticityOrigin>("--origin", "Where the spasticity comes from.");
        population.Required = true;
        origin.Required = true;
        var details = new PatientDetailOptions();
        var at = LogOptions.At();
        var author = LogOptions.Author();
        var reason = LogOptions.Reason("Why the patient is registered (referral), recorded with the event.");
        var json = CommonOptions.Json();

        var command = new Command("add", "Register a patient: the first event of their log.") { id, population, origin };
        details.AddTo(command);
        command.Options.Add(at);
        command.Options.Add(author);
        command.Options.Add(reason);
        command.Options.Add(json);

        FieldFlags.Name(command, ("patient id", "--id"));

        CommandAction.Set<RegisterPatient>(command, environment, globals, (context, useCase) =>
        {
            var registered = useCase.Register(new RegisterPatientRequest(
                context.Get(id)!.Value,
                context.Get(population)!.Value,
                context.Get(origin)!.Value,
                LogOptions.AuthorOf(context, context.Get(author)),
                LogOptions.Moment(context, context.Get(at)),
                details.Read(context),
                context.Get(reason)));
            var patient = registered.Patient;

            if (context.Get(json))
            {
                LogEventJson.Write(context.Out, new JsonObject { ["patient"] = LogEventJson.Patient(patient), ["event"] = LogEventJson.Event(registered.Registration) });
            }
            else
            {
                context.Out.WriteLine($"Registered patient {patient.Id} ({EventSummary.Describe(patient)}) as event 1 of their log in {registered.Location}.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
