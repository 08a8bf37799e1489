using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.App.TherapyLog;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using Microsoft.Extensions.DependencyInjection;

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

        CommandAction.Set(command, environment, globals, context =>
        {
            if (context.Get(patient) is { } id)
            {
                return FromLog(context, id, aspirated, date, bolusesVolume, consumption, json);
            }

            var protocol = context.Protocol;
            var model = PumpOption.Resolve(context.Get(pump)!, protocol);
            var c = context.Get(concentration)!.Value;
            context.WhenRefused(_ => new JsonObject
            {
                ["pump"] = model.Id,
                ["protocol"] = protocol.Title,
                ["fillDate"] = Day(context.Get(fillDate)!.Value),
                ["date"] = Day(context.Get(date) ?? context.Today),
                ["fillVolumeMl"] = JsonOutput.Number(context.Get(fillVolume)!.Value.Milliliters),
                ["aspiratedMl"] = JsonOutput.Number(context.Get(aspirated)!.Value.Milliliters),
            });
            var (daily, flex) = consumption.Build(context, c, model, context.Get(population) ?? Population.Adult);
            var request = new ReconciliationRequest(
                model,
                context.Get(fillVolume)!.Value,
                context.Get(fillDate)!.Value,
                daily,
                context.Get(aspirated)!.Value,
                context.Get(date) ?? context.Today,
                context.Get(bolusesVolume) ?? Volume.Zero,
                Concentration: c,
                Compounded: context.Get(compounded));
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

    private static int FromLog(
        CliContext context, PatientId id, Option<Volume?> aspirated, Option<DateOnly?> date, Option<Volume?> bolusesVolume, ConsumptionOptions consumption, Option<bool> json)
    {
        var protocol = context.Protocol;
        var day = context.Get(date) ?? context.Today;
        var boluses = context.Get(consumption.Bolus) is { } bolus ? new PatientBolusAllowance(bolus, context.Get(consumption.MaxBolusesPerDay) ?? 0) : null;
        var (request, result) = ReconcileFromLog.Reconcile(
            context.Services.GetRequiredService<LogAccess>().ForReading(),
            protocol,
            id,
            context.Get(aspirated)!.Value,
            day,
            context.Clock.LocalTimeZone,
            boluses,
            context.Get(bolusesVolume));
        if (context.Get(json))
        {
            JsonOutput.Write(context.Out, ReconcileJson.From(request, result, result.Alerts, protocol.Title) with { PatientId = id.Value }, RefillSafetyJsonContext.Default.ReconcileJson);
        }
        else
        {
            context.Console.Write(ReconcileView.Render(request, result, result.Alerts, protocol.Title));
        }

        return ExitCodes.Ok;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
