using System.Globalization;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Tui;

/// <summary>
/// Figures at the precision a clinician acts on at the bedside: volumes to 0.01 mL, doses to 0.1 mcg/day, rates to
/// 0.001 mL/day (what a programmer takes), strengths to 1 mcg/mL. The JSON contracts keep full precision; the screen
/// rounds half away from zero and never shows more digits than can be drawn or typed into a pump.
/// </summary>
internal static class Figures
{
    /// <summary>A volume in mL to two decimals.</summary>
    public static string Of(Volume value) => $"{Round(value.Milliliters, 2)} mL";

    /// <summary>A daily dose in mcg/day to one decimal.</summary>
    public static string Of(MassFlow value) => $"{Round(value.ToUnit(MassFlowUnit.MicrogramPerDay).Value, 1)} mcg/day";

    /// <summary>A rate in mL/day to three decimals.</summary>
    public static string Of(VolumeFlow value) => $"{Round(value.ToUnit(VolumeFlowUnit.MilliliterPerDay).Value, 3)} mL/day";

    /// <summary>A strength in mcg/mL.</summary>
    public static string Of(MassConcentration value) => $"{Round(value.ToUnit(MassConcentrationUnit.MicrogramPerMilliliter).Value, 1)} mcg/mL";

    /// <summary>A dose of drug in mcg to one decimal.</summary>
    public static string Of(Mass value) => $"{Round(value.ToUnit(MassUnit.Microgram).Value, 1)} mcg";

    /// <summary>A duration in hours to one decimal.</summary>
    public static string Of(Duration value) => $"{Round(value.Hours, 1)} h";

    /// <summary>An oral daily total in mg/day to one decimal (oral doses are prescribed in mg, never mcg).</summary>
    public static string Oral(MassFlow value) => $"{Round(value.MilligramsPerDay, 1)} mg/day";

    /// <summary>An oral dose or tablet in mg to one decimal.</summary>
    public static string Oral(Mass value) => $"{Round(value.As(MassUnit.Milligram), 1)} mg";

    /// <summary>A date with its weekday, or a dash.</summary>
    public static string Of(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd ddd", CultureInfo.InvariantCulture) : "—";

    private static string Round(decimal value, int decimals) =>
        decimal.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
}
