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
        var consumption = ConsumptionOptions.Create("Programmed daily dose (give this, --rate or --flex),", "Programmed volume rate (give this, --dose or --flex),");
        var volume = CommonOptions.Volume("--volume", "Drug volume in the reservoir after the refill (default: the pump's capacity),");
        var date = CommonOptions.Date("--date", "Refill date (default: today).");
        var alarmVolume = CommonOptions.Volume("--alarm-volume", "Low-reservoir alarm volume, overriding the pump's,", example: "4mL");
        var booked = CommonOptions.Date("--booked", "A refill already booked, on or after the refill date: checked against the alarm and refill-by dates.");
        var population = CommonOptions.Population();
        var withdrawalRisk = new Option<bool>("--withdrawal-risk")
        {
            Description = "The patient has withdrawal risk factors: with an alarm volume below the protocol's withdrawal-risk volume (4 mL), the refill-by date counts from that volume (ALARM_VOLUME_BELOW_RISK_SETTING).",
        };
        var compounded = CommonOptions.Compounded("The refill");
        var json = CommonOptions.Json();
        concentration.Required = true;

        var command = new Command("refill", "Plan a refill: daily volume, low-reservoir alarm, empty and worst-case empty dates, and the refill date to book.")
        {
            pump, concentration, compounded, volume, date, alarmVolume, booked, population, withdrawalRisk, json,
        };
        consumption.AddTo(command);

        CommandAction.Set(command, environment, globals, context =>
        {
            var protocol = context.Protocol;
            var model = PumpOption.Resolve(context.Get(pump)!, protocol);
            var c = context.Get(concentration)!.Value;
            var who = context.Get(population) ?? Population.Adult;
            var day = context.Get(date) ?? context.Today;
            context.WhenRefused(limit => RefillRefusal.Fields(limit, protocol.Title, null, model, day, c));
            var (daily, flex) = consumption.Build(context, c, model, who);
            var request = new RefillRequest(
                model,
                c,
                daily,
                day,
                who,
                context.Get(volume),
                context.Get(alarmVolume),
                context.Get(booked),
                WithdrawalRisk: context.Get(withdrawalRisk),
                Compounded: context.Get(compounded));
            context.WhenRefused(limit => RefillRefusal.Fields(limit, protocol.Title, request, model, day, c));
            var plan = RefillCalculator.Plan(request, protocol);
            plan = plan with { Alerts = ConsumptionOptions.WithFlexAlerts(plan.Alerts, flex) };

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
