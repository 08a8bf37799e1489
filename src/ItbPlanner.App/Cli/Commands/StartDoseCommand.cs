using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Titration;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb start-dose</c>: the post-implant starting daily dose from the screening result.</summary>
internal static class StartDoseCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var dose = QuantityOption.Create<Mass, MassUnit>("--screening-dose", "The effective screening bolus,");
        var effect = TherapyOptions.Hours("--effect-hours", "How many hours the bolus's effect lasted, e.g. 6.");
        var adverse = new Option<bool>("--adverse-reaction") { Description = "The bolus caused an adverse reaction (start at the screening dose itself)." };
        var json = CommonOptions.Json();
        dose.Required = true;
        effect.Required = true;
        var command = new Command("start-dose", "The post-implant starting daily dose: twice the effective screening bolus over 24 h, or the bolus itself after an effect longer than 8 h or an adverse reaction.")
        {
            dose, effect, adverse, json,
        };

        FieldFlags.Name(command, ("effect duration", "--effect-hours"));

        CommandAction.Set<PlanDoses>(command, environment, globals, (context, useCase) =>
        {
            var title = context.Protocol.Title;
            var hours = context.Get(effect)!.Value;
            var adverseReaction = context.Get(adverse);
            context.WhenRefused(_ => new()
            {
                ["protocol"] = title,
                ["screeningDoseMcg"] = JsonOutput.Number(context.Get(dose)!.Value.Micrograms),
                ["effectHours"] = JsonOutput.Number(hours.Hours),
                ["adverseReaction"] = adverseReaction,
            });
            var result = useCase.StartDose(context.Get(dose)!.Value, hours, adverseReaction);
            if (context.Get(json))
            {
                JsonOutput.Write(context.Out, StartDoseJson.From(result, hours.Hours, adverseReaction, title), WorkflowJsonContext.Default.StartDoseJson);
            }
            else
            {
                context.Console.Write(StartDoseView.Render(result, title));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
