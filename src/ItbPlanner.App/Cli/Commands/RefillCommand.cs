using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Refills;

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
        FieldFlags.Name(command, ("fill volume", "--volume"), ("booking", "--booked"), ("refill date", "--date"));

        CommandAction.Set<PlanRefill>(command, environment, globals, (context, useCase) =>
        {
            var c = context.Get(concentration)!.Value;
            var request = new RefillPlanRequest(
                context.Get(pump)!,
                c,
                consumption.Read(context),
                context.Get(date),
                context.Get(population),
                context.Get(volume),
                context.Get(alarmVolume),
                context.Get(booked),
                context.Get(withdrawalRisk),
                context.Get(compounded));
            var model = useCase.Pump(request.PumpId);
            var day = useCase.DateOf(request);
            var title = context.Protocol.Title;
            context.WhenRefused(limit => RefillRefusal.Fields(limit, title, null, model, day, c));
            var prepared = useCase.Prepare(request);
            context.WhenRefused(limit => RefillRefusal.Fields(limit, title, prepared.Request, model, day, c));
            var plan = useCase.Plan(prepared);

            if (context.Get(json))
            {
                JsonOutput.Write(context.Out, RefillJson.From(plan, title), RefillJsonContext.Default.RefillJson);
            }
            else
            {
                context.Console.Write(RefillView.Render(plan, title));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
