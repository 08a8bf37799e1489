using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Units;

/// <summary>
/// Reads "186mcg/day", "0.186 mg/day", "500 µg/mL": a finite number with a decimal point, then a unit. A unit is always
/// required: a bare number is rejected, because a bare number is how a dose per hour becomes a dose per day. UnitsNet
/// reads the unit; the number is read as a <c>decimal</c> here, never through a <c>double</c>, so what was typed is
/// what the domain gets.
/// </summary>
public static partial class QuantityText
{
    /// <summary>Parses text that must be a quantity of one type, keeping the unit it was written in.</summary>
    /// <exception cref="QuantityFormatException">Not a quantity, or a quantity of another dimension (then <see cref="QuantityFormatException.Actual"/> is set).</exception>
    public static TQuantity Parse<TQuantity>(string text)
        where TQuantity : struct, IQuantity<TQuantity>
    {
        var expected = TQuantity.Dimension;
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

        return TQuantity.From(value, unit);
    }

    /// <summary>Like <see cref="Parse{TQuantity}"/>, answering false instead of throwing.</summary>
    public static bool TryParse<TQuantity>([NotNullWhen(true)] string? text, out TQuantity value)
        where TQuantity : struct, IQuantity<TQuantity>
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        try
        {
            value = Parse<TQuantity>(text);
            return true;
        }
        catch (QuantityFormatException)
        {
            return false;
        }
    }

    /// <summary>Parses text of any dimension, returning the value and the unit it was written in.</summary>
    /// <param name="text">The text, e.g. <c>186 mcg/day</c>.</param>
    /// <param name="expected">The dimension the messages suggest when the text is no quantity at all.</param>
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
            throw new QuantityFormatException(text, expected, $"'{text}' has no unit: write the unit, e.g. {UnitCatalog.Example(expected)} (accepted: {Accepted(expected)}).");
        }

        if (!InputUnits.TryFind(unitText, expected, out var unit))
        {
            throw new QuantityFormatException(text, expected, $"'{text}': unknown unit '{unitText}'; a {UnitCatalog.Describe(expected)} takes {Accepted(expected)}.");
        }

        return (value, unit.Unit);
    }

    /// <summary>Finds a unit by any accepted spelling (case-insensitive, spaces ignored), e.g. <c>mcg/h</c> or <c>ug/hr</c>.</summary>
    public static bool TryParseUnit(string text, [NotNullWhen(true)] out UnitDefinition? unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        unit = InputUnits.TryFind(text, Dimension.MassFlow, out var found) ? found.Unit : null;
        return unit is not null;
    }

    /// <summary>The accepted spellings of every unit of a dimension, canonical first, e.g. for help text.</summary>
    public static IReadOnlyList<string> SpellingsOf(Dimension dimension) => InputUnits.SpellingsOf(dimension);

    private static string Accepted(Dimension dimension) => string.Join(", ", InputUnits.SpellingsOf(dimension));

    [GeneratedRegex(@"^\s*(?<number>[+-]?(?:\d+(?:\.\d*)?|\.\d+))?\s*(?<unit>.*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
