using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Units;

namespace ItbPlanner.App.Cli.Options;

/// <summary>
/// How the reservoir empties, as options: <c>--dose</c>, <c>--rate</c> or repeated <c>--flex "HH:MM RATE"</c> (exactly one),
/// plus <c>--bolus QTY --max-boluses-per-day N</c> for patient boluses, counted in full in the daily volume.
/// </summary>
internal sealed class ConsumptionOptions
{
    private ConsumptionOptions(string doseDescription, string rateDescription)
    {
        Dose = CommonOptions.Dose(description: doseDescription);
        Rate = CommonOptions.Rate(description: rateDescription);
        Flex = new Option<string[]>("--flex")
        {
            Description = "A flex step \"HH:MM RATE\" (rate in mcg/h or mcg/day), repeated for each step from 00:00 in order, e.g. --flex \"00:00 10mcg/h\" --flex \"06:00 6mcg/h\" (instead of --dose or --rate).",
            HelpName = "\"HH:MM RATE\"",
        };
        Bolus = QuantityOption.Create<Mass, MassUnit>("--bolus", "Dose of one patient bolus (with --max-boluses-per-day); every allowed bolus is counted in the daily volume,");
        MaxBolusesPerDay = new Option<int?>("--max-boluses-per-day")
        {
            Description = "Most patient boluses allowed in 24 hours (with --bolus).",
            HelpName = "N",
            CustomParser = ParseCount,
        };
    }

    /// <summary><c>--dose</c>: a simple continuous daily dose.</summary>
    public Option<MassFlow?> Dose { get; }

    /// <summary><c>--rate</c>: a simple continuous volume rate.</summary>
    public Option<VolumeFlow?> Rate { get; }

    /// <summary><c>--flex</c>: flex steps, repeated.</summary>
    public Option<string[]> Flex { get; }

    /// <summary><c>--bolus</c>: one patient bolus.</summary>
    public Option<Mass?> Bolus { get; }

    /// <summary><c>--max-boluses-per-day</c>: the daily bolus limit.</summary>
    public Option<int?> MaxBolusesPerDay { get; }

    /// <summary>Creates the options.</summary>
    public static ConsumptionOptions Create(string doseDescription, string rateDescription) => new(doseDescription, rateDescription);

    /// <summary>Adds the options and their validators to a command.</summary>
    /// <param name="command">The command.</param>
    /// <param name="requireProgram">Whether exactly one of <c>--dose</c>, <c>--rate</c> and <c>--flex</c> is required (false when the command checks that itself).</param>
    public void AddTo(Command command, bool requireProgram = true)
    {
        command.Options.Add(Dose);
        command.Options.Add(Rate);
        command.Options.Add(Flex);
        command.Options.Add(Bolus);
        command.Options.Add(MaxBolusesPerDay);
        if (requireProgram)
        {
            command.Validators.Add(result => OneOf.Require(result, Dose, Rate, Flex));
        }

        command.Validators.Add(result =>
        {
            var bolus = result.GetResult(Bolus) is { Implicit: false };
            var count = result.GetResult(MaxBolusesPerDay) is { Implicit: false };
            if (bolus != count)
            {
                result.AddError("give --bolus and --max-boluses-per-day together.");
            }
        });
    }

    /// <summary>The consumption the options describe, and the flex plan when the program is a flex schedule.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">A flex step or the bolus allowance is invalid.</exception>
    /// <exception cref="Domain.Errors.ProtocolLimitException">The flex schedule's 24-hour total is above the hard ceiling.</exception>
    public (DailyConsumption Consumption, FlexPlan? Flex) Build(CliContext context, MassConcentration concentration, PumpModel pump, Population population)
    {
        FlexPlan? flex = null;
        DailyConsumption consumption;
        if (context.Get(Dose) is { } dose)
        {
            consumption = DailyConsumption.FromDose(dose, concentration);
        }
        else if (context.Get(Rate) is { } rate)
        {
            consumption = DailyConsumption.FromRate(rate, concentration);
        }
        else
        {
            var schedule = FlexScheduleText.Parse(context.Get(Flex) ?? []);
            flex = FlexCalculator.Evaluate(context.Protocol, new FlexRequest(schedule, concentration, pump, population));
            consumption = DailyConsumption.FromFlex(flex);
        }

        if (context.Get(Bolus) is { } bolus)
        {
            consumption = consumption.WithPatientBoluses(new PatientBolusAllowance(bolus, context.Get(MaxBolusesPerDay) ?? 0), concentration);
        }

        return (consumption, flex);
    }

    /// <summary>
    /// A result's alerts with the flex schedule's added: those of a code the result does not already raise (the dose and
    /// stock checks run in both), and the flex schedule's own unverified settings.
    /// </summary>
    public static IReadOnlyList<Alert> WithFlexAlerts(IReadOnlyList<Alert> alerts, FlexPlan? flex)
    {
        if (flex is null)
        {
            return alerts;
        }

        var codes = alerts.Where(a => a.Code != AlertCodes.SiteSettingUnverified).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        return SiteVerification.Merge(alerts.Concat(flex.Alerts.Where(a => !codes.Contains(a.Code))));
    }

    private static int? ParseCount(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        result.AddError($"--max-boluses-per-day: '{text}' is not a whole number of boluses, e.g. 4.");
        return null;
    }
}
