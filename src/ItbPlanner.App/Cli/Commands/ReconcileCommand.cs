using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Refills;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb reconcile</c>: the residual aspirated at a refill against the residual expected since the last fill, given as
/// options or, with <c>--patient ID</c>, read from the log.
/// </summary>
internal static class ReconcileCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var patient = LogOptions.Patient(description: "Read the last fill (implant or refill) and the program since from this patient's log, instead of the fill options.");
        patient.Required = false;
        var pump = PumpOption.Create();
        pump.Required = false;
        var fillVolume = CommonOptions.Volume("--fill-volume", "Volume put in the reservoir at the last refill,");
        var fillDate = CommonOptions.Date("--fill-date", "Date of the last refill.");
        var concentration = CommonOptions.Concentration(description: "Concentration in the reservoir since the last refill,");
        var consumption = ConsumptionOptions.Create(
            "Programmed daily dose since the last refill (give this, --rate or --flex),",
            "Programmed volume rate since the last refill (give this, --dose or --flex),");
        var aspirated = CommonOptions.Volume("--aspirated", "Volume drawn back from the reservoir today (0mL is valid: an empty reservoir),", allowZero: true, example: "3.5mL");
        var date = CommonOptions.Date("--date", "Date of the aspiration (default: today).");
        var bolusesVolume = CommonOptions.Volume("--boluses-volume", "Volume of boluses given since the last refill (bridge, priming, clinician), from the pump's log,", allowZero: true, example: "0.5mL");
        var population = CommonOptions.Population();
        var compounded = CommonOptions.Compounded("The last fill");
        var json = CommonOptions.Json();
        aspirated.Required = true;

        var command = new Command(
            "reconcile",
            "Compare the residual aspirated at a refill with the residual expected since the last fill: flags under-delivery (withdrawal risk) and over-delivery.")
        {
            patient, pump, fillVolume, fillDate, concentration, compounded,
        };
        consumption.AddTo(command, requireProgram: false);
        command.Options.Add(aspirated);
        command.Options.Add(date);
        command.Options.Add(bolusesVolume);
        command.Options.Add(population);
        command.Options.Add(json);
        Option[] fill = [pump, fillVolume, fillDate, concentration];
        Option[] fromLog = [.. fill, consumption.Dose, consumption.Rate, consumption.Flex, population, compounded];
        command.Validators.Add(result =>
        {
            if (result.GetResult(patient) is { Implicit: false })
            {
                var given = fromLog.Where(o => result.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
                if (given.Count > 0)
                {
                    result.AddError($"--patient reads the last fill and the program from the log: leave out {string.Join(", ", given)}.");
                }

                return;
            }

            var missing = fill.Where(o => result.GetResult(o) is null or { Implicit: true }).Select(o => o.Name).ToList();
            if (missing.Count > 0)
            {
                result.AddError($"give --patient ID, or the last fill with {string.Join(", ", fill.Select(o => o.Name))} (missing: {string.Join(", ", missing)}).");
                return;
            }

            OneOf.Require(result, consumption.Dose, consumption.Rate, consumption.Flex);
        });

        FieldFlags.Name(command, ("aspirated volume", "--aspirated"), ("aspiration date", "--date"));

        CommandAction.Set<ReconcileFill, ReconcilePatientFill>(command, environment, globals, (context, useCase, fromLog) =>
        {
            if (context.Get(patient) is { } id)
            {
                var request = new PatientFillReconciliationRequest(id, context.Get(aspirated)!.Value, context.Get(date), context.Get(consumption.Bolus), context.Get(consumption.MaxBolusesPerDay), context.Get(bolusesVolume));
                return Print(context, fromLog.Reconcile(request), id, json);
            }

            var given = new FillReconciliationRequest(
                context.Get(pump)!,
                context.Get(fillVolume)!.Value,
                context.Get(fillDate)!.Value,
                context.Get(concentration)!.Value,
                consumption.Read(context),
                context.Get(aspirated)!.Value,
                context.Get(date),
                context.Get(bolusesVolume),
                context.Get(population),
                context.Get(compounded));
            var model = useCase.Pump(given.PumpId);
            var title = context.Protocol.Title;
            context.WhenRefused(_ => new JsonObject
            {
                ["pump"] = model.Id,
                ["protocol"] = title,
                ["fillDate"] = Day(given.FillDate),
                ["date"] = Day(useCase.DateOf(given)),
                ["fillVolumeMl"] = JsonOutput.Number(given.FillVolume.Milliliters),
                ["aspiratedMl"] = JsonOutput.Number(given.Aspirated.Milliliters),
            });
            return Print(context, useCase.Reconcile(given), null, json);
        });
        return command;
    }

    private static int Print(CliContext context, Reconciled reconciled, PatientId? patient, Option<bool> json)
    {
        var title = context.Protocol.Title;
        if (context.Get(json))
        {
            var body = ReconcileJson.From(reconciled.Request, reconciled.Result, reconciled.Alerts, title);
            JsonOutput.Write(context.Out, patient is { } id ? body with { PatientId = id.Value } : body, RefillSafetyJsonContext.Default.ReconcileJson);
        }
        else
        {
            context.Console.Write(ReconcileView.Render(reconciled.Request, reconciled.Result, reconciled.Alerts, title));
        }

        return ExitCodes.Ok;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
