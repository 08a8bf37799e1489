using System.CommandLine;
using System.CommandLine.Parsing;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.OralWean;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Units;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb oral-wean</c>: a dated plan weaning oral baclofen to zero inside the protocol's oral-wean limits.</summary>
internal static class OralWeanCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var from = QuantityOption.Create<MassFlow, MassFlowUnit>("--from", "The current oral baclofen daily total,", example: "80mg/day");
        var step = TherapyOptions.Percent("--step", "Each step as a percentage of the starting daily total, within the protocol's oral-wean range (default: its minimum step).");
        var every = QuantityOption.Create<Duration, DurationUnit>("--every", "Time between steps, whole days, at least the protocol's reassessment interval (default: that interval),");
        var start = CommonOptions.Date("--start", "The day of the first reduced dose (default: today).");
        var tablets = Tablets();
        var json = CommonOptions.Json();
        from.Required = true;
        var command = new Command("oral-wean", "Plan an oral baclofen wean to zero: each step a percentage of the starting daily total, rounded up to what the tablets make, dated, never a bigger cut than the protocol allows.")
        {
            from, step, every, start, tablets, json,
        };

        FieldFlags.Name(command, ("current oral dose", "--from"), ("tablet", "--tablet"));

        CommandAction.Set<PlanOralWean>(command, environment, globals, (context, useCase) =>
        {
            var title = context.Protocol.Title;
            context.WhenRefused(_ => new()
            {
                ["protocol"] = title,
                ["drug"] = "oral baclofen",
                ["fromMgPerDay"] = JsonOutput.Number(context.Get(from)!.Value.MilligramsPerDay),
            });
            var plan = useCase.Plan(context.Get(from)!.Value, context.Get(start), context.Get(step), context.Get(every), context.Get(tablets) ?? []);
            if (context.Get(json))
            {
                JsonOutput.Write(context.Out, OralWeanJson.From(plan, title), MedicationJsonContext.Default.OralWeanJson);
            }
            else
            {
                context.Console.Write(OralWeanView.Render(plan, title));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>--tablet 10mg [--tablet 5mg ...]</c>: the tablet strengths at hand, each a mass with its unit.</summary>
    private static Option<Mass[]> Tablets() => new("--tablet")
    {
        Description = "A tablet strength at hand, e.g. 10mg; repeat for several. Daily totals are made of whole tablets (default: not rounded).",
        HelpName = "QTY",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
        CustomParser = ParseTablets,
    };

    private static Mass[] ParseTablets(ArgumentResult result)
    {
        var strengths = new List<Mass>();
        foreach (var token in result.Tokens)
        {
            try
            {
                var strength = QuantityText.Parse<Mass>(token.Value);
                if (strength.Value <= 0)
                {
                    result.AddError($"--tablet must be greater than zero; got {strength}.");
                    return [];
                }

                strengths.Add(strength);
            }
            catch (QuantityFormatException ex)
            {
                result.AddError($"--tablet expects a mass, e.g. 10mg; '{token.Value}': {ex.Message}");
                return [];
            }
        }

        return [.. strengths];
    }
}
