using System.Globalization;

namespace ItbPlanner.Domain.Internal;

/// <summary>
/// Reads a number followed by one unit out of a short fixed list (<c>62kg</c>, <c>62 kg</c>), for the few quantities that
/// have a single unit and stay out of the dose units on purpose (body weight, IVIG dosing): the number is read as a
/// decimal (no exponent, no comma), the unit case-insensitively with spaces ignored, and a bare number is refused.
/// </summary>
internal static class SingleUnitText
{
    /// <summary>The number written before one of the spellings; false when the text is anything else.</summary>
    public static bool TryRead(string? text, IReadOnlyList<string> spellings, out decimal value)
    {
        value = 0;
        if (text is null)
        {
            return false;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        foreach (var spelling in spellings)
        {
            if (compact.Length > spelling.Length && compact.EndsWith(spelling, StringComparison.OrdinalIgnoreCase))
            {
                var number = compact[..^spelling.Length];
                return decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
            }
        }

        return false;
    }
}
