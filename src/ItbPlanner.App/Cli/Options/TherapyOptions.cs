using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Cli.Options;

/// <summary>Options of the screening, start-dose, titration and maintenance commands.</summary>
internal static class TherapyOptions
{
    /// <summary><c>--origin spinal|cerebral|pediatric</c> (required).</summary>
    public static Option<TitrationOrigin> Origin() => new("--origin")
    {
        Description = "Whose titration rules apply: spinal, cerebral (adults) or pediatric.",
        HelpName = EnumOption.Choices<TitrationOrigin>(),
        Required = true,
        CustomParser = result => EnumOption.Parse(result, "--origin", TitrationOrigin.Spinal),
    };

    /// <summary><c>--origin spinal|cerebral|pediatric</c>, optional: the origin whose usual dose range applies.</summary>
    public static Option<TitrationOrigin?> OptionalOrigin() => new("--origin")
    {
        Description = "The patient's origin, for its usual dose range (cerebral 90-703 mcg/day): spinal, cerebral or pediatric (default: the population's range).",
        HelpName = EnumOption.Choices<TitrationOrigin>(),
        CustomParser = result => EnumOption.Parse(result, "--origin", TitrationOrigin.Spinal),
    };

    /// <summary><c>--population adult|child</c> for dose limits; absent means the origin decides (pediatric → child).</summary>
    public static Option<Population?> LimitsPopulation() => new("--population")
    {
        Description = "Whose dose limits apply: adult or child (default: child for a pediatric origin, adult otherwise).",
        HelpName = "adult|child",
        CustomParser = result => EnumOption.Parse(result, "--population", Population.Adult),
    };

    /// <summary>A percentage such as <c>--step 20%</c>.</summary>
    public static Option<Percentage?> Percent(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "PERCENT",
        CustomParser = result => ParsePercent(result, name),
    };

    /// <summary>A number of hours such as <c>--effect-hours 6</c> (a trailing <c>h</c> is accepted), zero or more.</summary>
    public static Option<Duration?> Hours(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "H",
        CustomParser = result => ParseHours(result, name),
    };

    private static Percentage? ParsePercent(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!Percentage.TryParse(text, CultureInfo.InvariantCulture, out var percent) || Math.Abs(percent.Percent) > Limits.LargestAcceptedNumber)
        {
            result.AddError($"{name}: '{text}' is not a percentage; write e.g. 20%.");
            return null;
        }

        return percent;
    }

    private static Duration? ParseHours(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
        var number = text.EndsWith('h') ? text[..^1].TrimEnd() : text;
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) || hours > Limits.LargestAcceptedNumber)
        {
            result.AddError($"{name}: '{text}' is not a number of hours; write e.g. 6 or 7.5 (zero or more).");
            return null;
        }

        return Duration.FromHours(hours);
    }
}
