using System.CommandLine;
using System.Globalization;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>Small option factories used by several record subcommands.</summary>
internal static class RecordOptions
{
    /// <summary>A free-text option.</summary>
    public static Option<string?> Text(string name, string description, bool required = false) =>
        new(name) { Description = description, HelpName = "TEXT", Required = required };

    /// <summary>A mass (a bolus dose).</summary>
    public static Option<Mass?> Mass(string name, string description) => QuantityOption.Create<Mass, MassUnit>(name, description);

    /// <summary>The alarm and refill-by dates shown by the pump programmer.</summary>
    public static (Option<DateOnly?> Alarm, Option<DateOnly?> RefillBy) Dates(Command command, string when)
    {
        var alarm = CommonOptions.Date("--alarm-date", $"Low-reservoir alarm date shown by the programmer ({when}).");
        var refillBy = CommonOptions.Date("--refill-by", $"Date the next refill must happen by ({when}).");
        command.Options.Add(alarm);
        command.Options.Add(refillBy);
        FieldFlags.Name(command, ("refill-by date", "--refill-by"));
        return (alarm, refillBy);
    }

    /// <summary>A whole number of at least 1.</summary>
    public static Option<long?> Sequence(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        HelpName = "SEQ",
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) && seq >= 1)
            {
                return seq;
            }

            result.AddError($"{name}: '{text}' is not an event number (1 or more); `itb log show` lists them.");
            return null;
        },
    };

    /// <summary>A number of hours, e.g. <c>6</c> or <c>6h</c>.</summary>
    public static Option<Duration?> Hours(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "H",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
            var number = text.EndsWith('h') ? text[..^1].TrimEnd() : text;
            if (decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) && hours <= Limits.LargestAcceptedNumber)
            {
                return Duration.FromHours(hours);
            }

            result.AddError($"{name}: '{text}' is not a number of hours, e.g. 6 or 6h.");
            return null;
        },
    };
}
