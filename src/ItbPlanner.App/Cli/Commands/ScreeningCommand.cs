using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Screening;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb screening plan</c>: the escalating screening trial from the protocol.</summary>
internal static class ScreeningCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("screening", "The intrathecal screening trial before an implant.");
        command.Subcommands.Add(Plan(environment, globals));
        return command;
    }

    private static Command Plan(CliEnvironment environment, GlobalOptions globals)
    {
        var population = CommonOptions.Population();
        var start = CommonOptions.Date("--start", "Date of the first bolus (default: today).");
        var json = CommonOptions.Json();
        var command = new Command("plan", "Each screening bolus: dose, volume at the screening strength, earliest date, observation and what to assess.")
        {
            population, start, json,
        };

        CommandAction.Set<PlanScreening>(command, environment, globals, (context, useCase) =>
        {
            var protocol = context.Protocol;
            var (who, first) = (context.Get(population) ?? Population.Adult, context.Get(start) ?? context.Today);
            context.WhenRefused(_ => new()
            {
                ["protocol"] = protocol.Title,
                ["population"] = EnumOption.Spell(who),
                ["start"] = first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["concentrationMcgPerMl"] = JsonOutput.Number(protocol.Screening.Concentration.Value.MicrogramsPerMilliliter),
            });
            var plan = useCase.Plan(who, first);
            if (context.Get(json))
            {
                JsonOutput.Write(context.Out, ScreeningPlanJson.From(plan, protocol.Title), WorkflowJsonContext.Default.ScreeningPlanJson);
            }
            else
            {
                context.Console.Write(ScreeningPlanView.Render(plan, protocol.Title));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
