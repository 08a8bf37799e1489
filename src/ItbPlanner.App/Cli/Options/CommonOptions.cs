using System.CommandLine;
using System.Globalization;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Cli.Options;

/// <summary>Options shared by many commands, created fresh per command (an option belongs to one command).</summary>
internal static class CommonOptions
{
    /// <summary>
    /// <c>--compounded</c>: the strength is a compounded product, so a strength the pharmacy does not stock warns instead of
    /// refusing (<c>CONCENTRATION_NOT_STOCKED</c>).
    /// </summary>
    public static Option<bool> Compounded(string what = "The concentration") => new("--compounded")
    {
        Description = $"{what} is a compounded product (a strength not stocked): CONCENTRATION_NOT_STOCKED then warns instead of refusing (exit 3). Never allows the screening strength or one outside the pump's labelled range.",
    };

    /// <summary><c>--json</c>: one JSON object on stdout instead of a table.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print one JSON object on stdout instead of a table." };

    /// <summary>A date option in <c>YYYY-MM-DD</c>.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                if (Limits.CheckDate(name, date) is not { } implausible)
                {
                    return date;
                }

                result.AddError(implausible);
                return null;
            }

            result.AddError($"{name}: '{text}' is not a date; write YYYY-MM-DD, e.g. 2026-11-21.");
            return null;
        },
    };

    /// <summary><c>--population adult|child</c>; absent means adult (read it with <c>?? Population.Adult</c>).</summary>
    public static Option<Population?> Population() => new("--population")
    {
        Description = "Whose dose limits apply: adult (default) or child (under 12).",
        HelpName = "adult|child",
        CustomParser = result => EnumOption.Parse<Population>(result, "--population", Domain.Protocols.Population.Adult),
    };

    /// <summary>A daily dose (<c>--dose</c>).</summary>
    public static Option<MassFlow?> Dose(string name = "--dose", string description = "Daily dose,") =>
        QuantityOption.Create<MassFlow, MassFlowUnit>(name, description);

    /// <summary>A concentration.</summary>
    public static Option<MassConcentration?> Concentration(string name = "--concentration", string description = "Drug concentration,") =>
        QuantityOption.Create<MassConcentration, MassConcentrationUnit>(name, description);

    /// <summary>A volume.</summary>
    public static Option<Volume?> Volume(string name, string description, bool allowZero = false, string? example = null) =>
        QuantityOption.Create<Volume, VolumeUnit>(name, description, allowZero, example);

    /// <summary>A volume rate.</summary>
    public static Option<VolumeFlow?> Rate(string name = "--rate", string description = "Pump volume rate,") =>
        QuantityOption.Create<VolumeFlow, VolumeFlowUnit>(name, description);
}
