using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.ConcentrationChanges;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb concentration-change</c>: for a programmable pump, the new rate and the bridge bolus that clears the old drug
/// from the tubing and catheter; for a constant-flow pump, the concentration the dose needs and its dilution.
/// </summary>
internal static class ConcentrationChangeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var dose = CommonOptions.Dose(description: "The intended daily dose, before and after the change,");
        var from = CommonOptions.Concentration("--from", "Concentration in the pump now,");
        var to = CommonOptions.Concentration("--to", "Concentration of the new fill (not with a constant-flow pump),");
        var deadSpace = CommonOptions.Volume("--dead-space", "Site-verified volume of pump tubing plus catheter (instead of --catheter and --catheter-length),", example: "0.25mL");
        var pump = PumpOption.Create();
        pump.Required = false;
        pump.Description = "Pump model id: its tubing volume and minimum rate; a constant-flow pump gets the concentration its fixed rate needs.";
        var catheter = CatheterOption.Create();
        var catheterLength = CatheterOption.Length();
        var fillVolume = CommonOptions.Volume("--fill-volume", "Constant-flow pumps: the volume to prepare (default: the pump's capacity),");
        var compounded = CommonOptions.Compounded("The new strength (--to)");
        var json = CommonOptions.Json();
        dose.Required = true;

        var command = new Command(
            "concentration-change",
            "Refill at a new concentration: new rate and the bridge bolus for the old drug in the tubing and catheter (or, for a constant-flow pump, the concentration and dilution).")
        {
            dose, from, to, compounded, deadSpace, pump, catheter, catheterLength, fillVolume, json,
        };

        FieldFlags.Name(command, ("daily dose", "--dose"), ("current concentration", "--from"), ("new concentration", "--to"));

        CommandAction.Set<PlanConcentrationChange>(command, environment, globals, (context, useCase) =>
        {
            var title = context.Protocol.Title;
            var model = context.Get(pump) is { } id ? useCase.Pump(id) : null;
            var asJson = context.Get(json);
            if (model is { Kind: PumpKind.ConstantFlow })
            {
                foreach (var unused in new Option[] { to, compounded, deadSpace, catheter, catheterLength })
                {
                    if (context.Given(unused))
                    {
                        throw new UserInputException($"{unused.Name}: {model.Name} is a constant-flow pump: its rate is fixed, so the concentration follows from --dose; leave out {unused.Name}.");
                    }
                }

                var fill = useCase.PlanConstantFlow(new ConstantFlowInput(model.Id, context.Get(dose)!.Value, context.Get(fillVolume), context.Get(from)));
                if (asJson)
                {
                    JsonOutput.Write(context.Out, ConstantFlowJson.From(fill, title), RefillSafetyJsonContext.Default.ConstantFlowJson);
                }
                else
                {
                    context.Console.Write(ConstantFlowView.Render(fill, title));
                }

                return ExitCodes.Ok;
            }

            if (context.Get(fillVolume) is not null)
            {
                throw new UserInputException("--fill-volume is only used with a constant-flow pump (--pump); leave it out.");
            }

            var oldConcentration = context.Get(from) ?? throw new UserInputException("--from: give the concentration in the pump now, e.g. 500mcg/mL.");
            var newConcentration = context.Get(to) ?? throw new UserInputException("--to: give the concentration of the new fill, e.g. 2000mcg/mL.");
            context.WhenRefused(_ => new JsonObject
            {
                ["protocol"] = title,
                ["doseMcgPerDay"] = JsonOutput.Number(context.Get(dose)!.Value.MicrogramsPerDay),
                ["fromMcgPerMl"] = JsonOutput.Number(oldConcentration.MicrogramsPerMilliliter),
                ["toMcgPerMl"] = JsonOutput.Number(newConcentration.MicrogramsPerMilliliter),
            });
            var plan = useCase.Plan(new ConcentrationChangeInput(
                context.Get(dose)!.Value,
                oldConcentration,
                newConcentration,
                new DeadSpaceInput(context.Get(deadSpace), context.Get(catheter), context.Get(catheterLength)),
                model?.Id,
                context.Get(compounded)));
            if (asJson)
            {
                JsonOutput.Write(context.Out, ConcentrationChangeJson.From(plan, title), RefillSafetyJsonContext.Default.ConcentrationChangeJson);
            }
            else
            {
                context.Console.Write(ConcentrationChangeView.Render(plan, title));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
