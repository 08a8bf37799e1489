using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb refill</c>: daily volume, alarm, empty, worst-case empty and refill-by dates for a refill.</summary>
internal static class RefillCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var pump = PumpOption.Create();
        var concentration = CommonOptions.Concentration(description: "Concentration in the reservoir after the refill,");
        var dose = CommonOptions.Dose(description: "Programmed daily dose (give this or --rate),");
        var rate = CommonOptions.Rate(description: "Programmed volume rate (give this or --dose),");
        var volume = CommonOptions.Volume("--volume", "Drug volume in the reservoir after the refill (default: the pump's capacity),");
        var date = CommonOptions.Date("--date", "Refill date (default: today).");
        var alarmVolume = CommonOptions.Volume("--alarm-volume", "Low-reservoir alarm volume, overriding the pump's,");
        var booked = CommonOptions.Date("--booked", "A refill already booked: checked against the alarm and refill-by dates.");
        var population = CommonOptions.Population();
        var json = CommonOptions.Json();
        concentration.Required = true;

        var command = new Command("refill", "Plan a refill: daily volume, low-reservoir alarm, empty and worst-case empty dates, and the refill date to book.")
        {
            pump, concentration, dose, rate, volume, date, alarmVolume, booked, population, json,
        };
        command.Validators.Add(result => OneOf.Require(result, dose, rate));

        CommandAction.Set(command, environment, globals, context =>
        {
            var protocol = context.Protocol;
            var model = PumpOption.Resolve(context.Get(pump)!, protocol);
            var c = context.Get(concentration)!.Value;
            var consumption = context.Get(dose) is { } d
                ? DailyConsumption.FromDose(d, c)
                : DailyConsumption.FromRate(context.Get(rate)!.Value, c);
            var plan = RefillCalculator.Plan(
                new RefillRequest(
                    model,
                    c,
                    consumption,
                    context.Get(date) ?? context.Today,
                    context.Get(population) ?? Population.Adult,
                    context.Get(volume),
                    context.Get(alarmVolume),
                    context.Get(booked)),
                protocol);

            if (context.Get(json))
            {
                JsonOutput.Write(context.Out, RefillJson.From(plan, protocol.Title), RefillJsonContext.Default.RefillJson);
            }
            else
            {
                context.Console.Write(RefillView.Render(plan, protocol.Title));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
