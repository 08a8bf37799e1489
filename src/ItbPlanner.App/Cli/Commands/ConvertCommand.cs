using System.CommandLine;
using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Json;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Units;
using Spectre.Console;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb convert QTY --to UNIT</c>: converts within a dimension, never across.</summary>
internal static class ConvertCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var quantity = new Argument<string>("QTY") { Description = "A quantity with its unit, e.g. 186mcg/day." };
        var to = new Option<string>("--to") { Description = "The unit to convert to, e.g. mcg/h.", HelpName = "UNIT", Required = true };
        var json = Options.CommonOptions.Json();
        var command = new Command("convert", "Convert a quantity to another unit of the same dimension (0.186mg/day → 186 mcg/day).") { quantity, to, json };

        CommandAction.Set(command, environment, globals, context =>
        {
            var text = context.Get(quantity)!;
            var target = context.Get(to)!;
            var (value, unit) = QuantityText.ParseAny(text, Dimension.MassFlow);
            if (!QuantityText.TryParseUnit(target, out var targetUnit))
            {
                throw new UserInputException($"--to: unknown unit '{target}'; {UnitCatalog.Describe(unit.Dimension)} units: {string.Join(", ", UnitCatalog.All.Where(u => u.Dimension == unit.Dimension).Select(u => u.Symbol))}.");
            }

            if (targetUnit.Dimension != unit.Dimension)
            {
                throw new UserInputException($"cannot convert a {UnitCatalog.Describe(unit.Dimension)} ({text}) to a {UnitCatalog.Describe(targetUnit.Dimension)} ({targetUnit.Symbol}).");
            }

            var converted = UnitConversion.Convert(value, unit, targetUnit);
            if (context.Get(json))
            {
                JsonOutput.Write(context.Out, new ConvertJson(JsonOutput.Number(converted), targetUnit.Symbol), RefillJsonContext.Default.ConvertJson);
            }
            else
            {
                context.Console.MarkupLine($"{TerminalText.Markup(text)} = [bold]{TerminalText.Markup(JsonOutput.Number(converted).ToString(System.Globalization.CultureInfo.InvariantCulture))} {TerminalText.Markup(targetUnit.Symbol)}[/]");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
