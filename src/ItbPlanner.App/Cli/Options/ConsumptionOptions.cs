using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ItbPlanner.Application.Refills;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Quantities;
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
        FieldFlags.Name(command, (FlexSchedule.Input, "--flex"), ("bolus dose", "--bolus"), ("boluses per day", "--max-boluses-per-day"));
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

    /// <summary>How the reservoir empties, as the options give it.</summary>
    public ConsumptionInput Read(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var flex = context.Get(Flex) is { Length: > 0 } steps ? FlexScheduleText.Parse(steps) : null;
        return new ConsumptionInput(context.Get(Dose), context.Get(Rate), flex, context.Get(Bolus), context.Get(MaxBolusesPerDay));
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
