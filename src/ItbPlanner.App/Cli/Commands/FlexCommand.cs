using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Flex;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Units;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb flex</c>: a flex (periodic) schedule's step doses, 24-hour total and daily volume, with its checks.</summary>
internal static class FlexCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var concentration = CommonOptions.Concentration(description: "Concentration in the reservoir,");
        var step = new Option<string[]>("--step")
        {
            Description = "A step \"HH:MM RATE\" (rate in mcg/h or mcg/day), repeated for each step from 00:00 in order; the last runs to midnight.",
            HelpName = "\"HH:MM RATE\"",
            Required = true,
        };
        var pump = PumpOption.Create();
        pump.Required = false;
        pump.Description = "Pump model id, for its step limit and minimum rate (default: the strictest step limit in the protocol; the minimum rate is then not checked).";
        var population = CommonOptions.Population();
        var origin = TherapyOptions.OptionalOrigin();
        var json = CommonOptions.Json();
        concentration.Required = true;

        var command = new Command("flex", "Check a flex (periodic) schedule: each step's dose, the 24-hour total, the daily volume, the pump's step limit and minimum rate, jumps, and hour/day mix-ups.")
        {
            concentration, step, pump, population, origin, json,
        };

        FieldFlags.Name(command, (FlexSchedule.Input, "--step"));

        CommandAction.Set<CheckFlexSchedule>(command, environment, globals, (context, useCase) =>
        {
            var title = context.Protocol.Title;
            context.WhenRefused(_ => new() { ["protocol"] = title, ["concentrationMcgPerMl"] = JsonOutput.Number(context.Get(concentration)!.Value.MicrogramsPerMilliliter) });
            var plan = useCase.Check(new FlexCheckRequest(FlexScheduleText.Parse(context.Get(step) ?? []), context.Get(concentration)!.Value, context.Get(pump), context.Get(population), context.Get(origin)));

            if (context.Get(json))
            {
                JsonOutput.Write(context.Out, FlexJson.From(plan, title, context.Get(origin)), RefillSafetyJsonContext.Default.FlexJson);
            }
            else
            {
                context.Console.Write(FlexView.Render(plan, title));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
