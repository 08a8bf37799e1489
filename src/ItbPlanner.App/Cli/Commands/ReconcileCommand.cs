using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb reconcile</c>: the residual aspirated at a refill against the residual expected since the last fill.</summary>
/// <remarks><c>--patient ID</c> (reading the last refill and program from the log) comes with the log storage.</remarks>
internal static class ReconcileCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var pump = PumpOption.Create();
        var fillVolume = CommonOptions.Volume("--fill-volume", "Volume put in the reservoir at the last refill,");
        var fillDate = CommonOptions.Date("--fill-date", "Date of the last refill.");
        var concentration = CommonOptions.Concentration(description: "Concentration in the reservoir since the last refill,");
        var consumption = ConsumptionOptions.Create(
            "Programmed daily dose since the last refill (give this, --rate or --flex),",
            "Programmed volume rate since the last refill (give this, --dose or --flex),");
        var aspirated = CommonOptions.Volume("--aspirated", "Volume drawn back from the reservoir today (0mL is valid: an empty reservoir),", allowZero: true);
        var date = CommonOptions.Date("--date", "Date of the aspiration (default: today).");
        var bolusesVolume = CommonOptions.Volume("--boluses-volume", "Volume of boluses given since the last refill (bridge, priming, clinician), from the pump's log,", allowZero: true);
        var population = CommonOptions.Population();
        var json = CommonOptions.Json();
        fillVolume.Required = true;
        fillDate.Required = true;
        concentration.Required = true;
        aspirated.Required = true;

        var command = new Command(
            "reconcile",
            "Compare the residual aspirated at a refill with the residual expected since the last fill: flags under-delivery (withdrawal risk) and over-delivery.")
        {
            pump, fillVolume, fillDate, concentration,
        };
        consumption.AddTo(command);
        command.Options.Add(aspirated);
        command.Options.Add(date);
        command.Options.Add(bolusesVolume);
        command.Options.Add(population);
        command.Options.Add(json);

        CommandAction.Set(command, environment, globals, context =>
        {
            var protocol = context.Protocol;
            var model = PumpOption.Resolve(context.Get(pump)!, protocol);
            var c = context.Get(concentration)!.Value;
            var (daily, flex) = consumption.Build(context, c, model, context.Get(population) ?? Population.Adult);
            var request = new ReconciliationRequest(
                model,
                context.Get(fillVolume)!.Value,
                context.Get(fillDate)!.Value,
                daily,
                context.Get(aspirated)!.Value,
                context.Get(date) ?? context.Today,
                context.Get(bolusesVolume) ?? Volume.Zero);
            var result = ReconciliationCalculator.Reconcile(protocol, request);
            var alerts = ConsumptionOptions.WithFlexAlerts(result.Alerts, flex);

            if (context.Get(json))
            {
                JsonOutput.Write(context.Out, ReconcileJson.From(request, result, alerts, protocol.Title), RefillSafetyJsonContext.Default.ReconcileJson);
            }
            else
            {
                context.Console.Write(ReconcileView.Render(request, result, alerts, protocol.Title));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
