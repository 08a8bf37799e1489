using System.Globalization;
using System.Text.RegularExpressions;

namespace ItbPlanner.Domain.Quantities;

/// <summary>
/// Reads "186mcg/day", "0.186 mg/day", "500 µg/mL": a finite number with a decimal point, then a unit. A unit is always
/// required: a bare number is rejected, because a bare number is how a dose per hour becomes a dose per day.
/// </summary>
public static partial class QuantityParser
{
    /// <summary>Parses text of any dimension, returning the value and the unit it was written in.</summary>
    /// <exception cref="QuantityFormatException">The text is not a number followed by a known unit.</exception>
    public static (decimal Value, UnitDefinition Unit) ParseAny(string text, Dimension expected)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Pattern().Match(text);
        if (!match.Success || !match.Groups["number"].Success)
        {
            throw new QuantityFormatException(text, expected, $"'{text}' is not a quantity: expected a number and a unit, e.g. {UnitCatalog.Example(expected)}.");
        }

        var numberText = match.Groups["number"].Value;
        if (!decimal.TryParse(numberText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new QuantityFormatException(text, expected, $"'{text}': the number '{numberText}' is out of range.");
        }

        var unitText = match.Groups["unit"].Value;
        if (unitText.Length == 0)
        {
            throw new QuantityFormatException(text, expected, $"'{text}' has no unit: write the unit, e.g. {UnitCatalog.Example(expected)} (accepted: {string.Join(", ", UnitCatalog.SpellingsOf(expected))}).");
        }

        if (!UnitCatalog.TryFind(unitText, out var unit))
        {
            throw new QuantityFormatException(text, expected, $"'{text}': unknown unit '{unitText}'; a {UnitCatalog.Describe(expected)} takes {string.Join(", ", UnitCatalog.SpellingsOf(expected))}.");
        }

        return (value, unit);
    }

    /// <summary>Parses text that must be of one dimension.</summary>
    /// <exception cref="QuantityFormatException">Not a quantity, or a quantity of another dimension (then <see cref="QuantityFormatException.Actual"/> is set).</exception>
    public static (decimal Value, int Code) Parse(string text, Dimension expected)
    {
        var (value, unit) = ParseAny(text, expected);
        if (unit.Dimension != expected)
        {
            throw new QuantityFormatException(
                text,
                expected,
                $"'{text}' is a {UnitCatalog.Describe(unit.Dimension)}, not a {UnitCatalog.Describe(expected)}; e.g. {UnitCatalog.Example(expected)}.")
            {
                Actual = unit.Dimension,
            };
        }

        return (value, unit.Code);
    }

    [GeneratedRegex(@"^\s*(?<number>[+-]?(?:\d+(?:\.\d*)?|\.\d+))?\s*(?<unit>.*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
