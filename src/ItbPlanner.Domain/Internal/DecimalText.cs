using System.Globalization;

namespace ItbPlanner.Domain.Internal;

/// <summary>Invariant, trailing-zero-free text for decimals, so 0.500 prints as 0.5 everywhere.</summary>
internal static class DecimalText
{
    public static decimal Normalize(this decimal value) => value / 1.000000000000000000000000000000000m;

    public static string ToInvariant(this decimal value) => value.Normalize().ToString(CultureInfo.InvariantCulture);

    /// <summary>Rounds for display (away from zero at the midpoint) and drops trailing zeros.</summary>
    public static string ToDisplay(this decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).Normalize().ToString(CultureInfo.InvariantCulture);
}
