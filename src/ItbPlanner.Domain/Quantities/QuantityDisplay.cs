using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Quantities;

/// <summary>
/// Rounded text for people (tables, working lines). Rounding is for display only: results keep exact values. Volumes
/// and rates keep four decimals (0.0026 mL/cm catheters, 0.048 mL/day minimum rates), doses two.
/// </summary>
public static class QuantityDisplay
{
    /// <summary>A mass rounded for display, in its own unit.</summary>
    public static string Display(this Mass value) => Format(value.Value, 2, value.UnitSymbol);

    /// <summary>A volume rounded for display.</summary>
    public static string Display(this Volume value) => Format(value.Value, 4, value.UnitSymbol);

    /// <summary>A concentration rounded for display.</summary>
    public static string Display(this MassConcentration value) => Format(value.Value, 2, value.UnitSymbol);

    /// <summary>A dose rate rounded for display.</summary>
    public static string Display(this MassFlow value) => Format(value.Value, 2, value.UnitSymbol);

    /// <summary>A volume rate rounded for display.</summary>
    public static string Display(this VolumeFlow value) => Format(value.Value, 4, value.UnitSymbol);

    /// <summary>A duration rounded for display.</summary>
    public static string Display(this Duration value) => Format(value.Value, 2, value.UnitSymbol);

    /// <summary>
    /// A percentage rounded for display to 0.01 %, e.g. <c>19.97 %</c>; a real change smaller than that keeps one
    /// significant digit, so it never shows as 0 %.
    /// </summary>
    public static string DisplayChange(this Percentage value)
    {
        var exact = value.Percent;
        var decimals = 2;
        while (exact != 0 && Math.Abs(Math.Round(exact, decimals, MidpointRounding.AwayFromZero)) == 0 && decimals < 20)
        {
            decimals++;
        }

        return $"{exact.ToDisplay(decimals)} %";
    }

    private static string Format(decimal value, int decimals, string symbol) => $"{value.ToDisplay(decimals)} {symbol}";
}
