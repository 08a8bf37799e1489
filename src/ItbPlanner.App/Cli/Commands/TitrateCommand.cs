using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Titration;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb titrate</c>: a day-by-day titration plan inside the origin's protocol limits.</summary>
internal static class TitrateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var from = CommonOptions.Dose("--from", "The current daily dose,");
        var to = CommonOptions.Dose("--to", "The target daily dose,");
        var origin = TherapyOptions.Origin();
        var step = TherapyOptions.Percent("--step", "Step per day, within the origin's range (default: the protocol's step; for a decrease, its maximum decrease).");
        var start = CommonOptions.Date("--start", "Date of the current dose; the first step is the next day (default: today).");
        var population = TherapyOptions.LimitsPopulation();
        var json = CommonOptions.Json();
        from.Required = true;
        to.Required = true;
        var command = new Command("titrate", "Plan a titration day by day: each step the full percent rounded down, the last exactly the target, as few days as the limit allows.")
        {
            from, to, origin, step, start, population, json,
        };

        FieldFlags.Name(command, ("current dose", "--from"), ("target dose", "--to"));

        CommandAction.Set<PlanDoses>(command, environment, globals, (context, useCase) =>
        {
            var title = context.Protocol.Title;
            context.WhenRefused(_ => Known(title, context.Get(from)!.Value, context.Get(to)!.Value));
            var plan = useCase.Plan(context.Get(from)!.Value, context.Get(to)!.Value, context.Get(origin), context.Get(start), context.Get(step), context.Get(population));
            if (context.Get(json))
            {
                JsonOutput.Write(context.Out, TitrationJson.From(plan, title), WorkflowJsonContext.Default.TitrationJson);
            }
            else
            {
                context.Console.Write(TitrationView.Render(plan, title));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>What a refused titration knows: its protocol and the doses asked for, as in the plan's JSON.</summary>
    private static System.Text.Json.Nodes.JsonObject Known(string protocolTitle, Domain.Quantities.MassFlow from, Domain.Quantities.MassFlow to) => new()
    {
        ["protocol"] = protocolTitle,
        ["fromMcgPerDay"] = JsonOutput.Number(from.MicrogramsPerDay),
        ["toMcgPerDay"] = JsonOutput.Number(to.MicrogramsPerDay),
    };
}
