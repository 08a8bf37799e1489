using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Units;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>
/// Text parsers for protocol values. Quantities always carry their unit and go through the unit boundary
/// (<see cref="QuantityText"/>, UnitsNet reading the unit), so a bare number, an unknown unit or a unit of the wrong
/// dimension gets the same message as on the command line.
/// </summary>
internal static class ValueParsers
{
    private const NumberStyles Decimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>A typed quantity such as <c>40 mL</c> or <c>0.048 mL/day</c>.</summary>
    public static bool Quantity<T>(string text, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out string? error)
        where T : struct, IQuantity<T>
    {
        try
        {
            value = QuantityText.Parse<T>(text);
            error = null;
            return true;
        }
        catch (QuantityFormatException e)
        {
            value = default;
            error = e.Message;
            return false;
        }
    }

    /// <summary>A percentage written with its sign: <c>14.5 %</c>. A bare number is refused (is 0.2 a fraction or 0.2 %?).</summary>
    public static bool Percent(string text, out Percentage value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        if (!text.EndsWith('%'))
        {
            error = $"'{text}' has no unit: write a percentage with its % sign, e.g. 20 %.";
            return false;
        }

        if (!decimal.TryParse(text[..^1].Trim(), Decimal, CultureInfo.InvariantCulture, out var percent))
        {
            error = $"'{text}' is not a percentage: write a number and %, e.g. 20 %.";
            return false;
        }

        value = new Percentage(percent);
        error = null;
        return true;
    }

    /// <summary>A whole number of days written as a duration: <c>7 days</c> (or <c>168 h</c>).</summary>
    public static bool WholeDays(string text, out int value, [NotNullWhen(false)] out string? error)
    {
        value = 0;
        if (!Quantity<Duration>(text, out var duration, out error))
        {
            return false;
        }

        var days = duration.Days;
        if (days != decimal.Truncate(days) || days > int.MaxValue || days < int.MinValue)
        {
            error = $"'{text}' is not a whole number of days; e.g. 7 days.";
            return false;
        }

        value = (int)days;
        return true;
    }

    /// <summary>A length in centimetres: <c>110 cm</c>.</summary>
    public static bool Centimeters(string text, out decimal value, [NotNullWhen(false)] out string? error) =>
        NumberWithUnit(text, "cm", "110 cm", "length", out value, out error);

    /// <summary>A catheter's volume per centimetre: <c>0.0026 mL/cm</c>.</summary>
    public static bool VolumePerCentimeter(string text, out Volume value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        const string perCm = "/cm";
        if (!text.EndsWith(perCm, StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{text}' must be a volume per centimetre of catheter, e.g. 0.0026 mL/cm.";
            return false;
        }

        return Quantity(text[..^perCm.Length], out value, out error);
    }

    /// <summary>A count without unit, e.g. a number of flex steps.</summary>
    public static bool WholeNumber(string text, out int value, [NotNullWhen(false)] out string? error)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            error = null;
            return true;
        }

        error = $"'{text}' is not a whole number; e.g. 13.";
        return false;
    }

    /// <summary>A plain factor without unit, e.g. the start-dose multiplier 2.</summary>
    public static bool Number(string text, out decimal value, [NotNullWhen(false)] out string? error)
    {
        if (decimal.TryParse(text, Decimal, CultureInfo.InvariantCulture, out value))
        {
            error = null;
            return true;
        }

        error = $"'{text}' is not a number; e.g. 2.";
        return false;
    }

    /// <summary>Free text, e.g. the definition of a positive response.</summary>
    public static bool Text(string text, out string value, [NotNullWhen(false)] out string? error)
    {
        value = text;
        error = null;
        return true;
    }

    private static bool NumberWithUnit(string text, string unit, string example, string what, out decimal value, [NotNullWhen(false)] out string? error)
    {
        value = 0m;
        if (!text.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            error = decimal.TryParse(text, Decimal, CultureInfo.InvariantCulture, out _)
                ? $"'{text}' has no unit: write the {what} in {unit}, e.g. {example}."
                : $"'{text}' is not a {what} in {unit}; e.g. {example}.";
            return false;
        }

        if (!decimal.TryParse(text[..^unit.Length].Trim(), Decimal, CultureInfo.InvariantCulture, out value))
        {
            error = $"'{text}' is not a {what} in {unit}; e.g. {example}.";
            return false;
        }

        error = null;
        return true;
    }
}
