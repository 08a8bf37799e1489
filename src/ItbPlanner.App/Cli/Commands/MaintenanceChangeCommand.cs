using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Titration;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb maintenance-change</c>: checks one dose change at a refill against the maintenance limits.</summary>
internal static class MaintenanceChangeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var from = CommonOptions.Dose("--from", "The current daily dose,");
        var to = QuantityOption.Create<Domain.Quantities.MassFlow, Domain.Quantities.MassFlowUnit>("--to", "The proposed daily dose (0 stops the drug),", allowZero: true);
        var origin = TherapyOptions.Origin();
        var reason = new Option<string?>("--override-reason") { Description = "Why a change beyond the maintenance limits is intended; allows it and is echoed.", HelpName = "TEXT" };
        var population = TherapyOptions.LimitsPopulation();
        var json = CommonOptions.Json();
        from.Required = true;
        to.Required = true;
        var command = new Command("maintenance-change", "Check one dose change at a refill: a decrease beyond the protocol's maximum is ABRUPT_DECREASE (exit 3 unless --override-reason).")
        {
            from, to, origin, reason, population, json,
        };

        FieldFlags.Name(command, ("current dose", "--from"), ("proposed dose", "--to"));

        CommandAction.Set<PlanDoses>(command, environment, globals, (context, useCase) =>
        {
            var checkedChange = useCase.CheckMaintenanceChange(context.Get(from)!.Value, context.Get(to)!.Value, context.Get(origin), context.Get(population), context.Get(reason));
            var title = context.Protocol.Title;
            context.WhenRefused(_ => RefusalJson.Fields(MaintenanceChangeJson.From(checkedChange, title), WorkflowJsonContext.Default.MaintenanceChangeJson));
            var result = checkedChange.EnsureAllowed();
            if (context.Get(json))
            {
                JsonOutput.Write(context.Out, MaintenanceChangeJson.From(result, title), WorkflowJsonContext.Default.MaintenanceChangeJson);
            }
            else
            {
                context.Console.Write(MaintenanceChangeView.Render(result, title));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
