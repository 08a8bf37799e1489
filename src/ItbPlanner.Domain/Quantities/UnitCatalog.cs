using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Quantities;

/// <summary>
/// Every unit ItbPlanner reads or prints, declared once. The base unit of each dimension is the one every other
/// unit converts to by an exact multiplication (mcg, mL, mcg/mL, mcg/day, mL/day, hour), so conversions to base never round.
/// </summary>
public static class UnitCatalog
{
    private static readonly string[] Micrograms = ["mcg", "µg", "μg", "ug"];
    private static readonly string[] PerDay = ["/day", "/d", "/24h"];
    private static readonly string[] PerHour = ["/h", "/hr"];

    private static readonly UnitDefinition[] Units =
    [
        new(Dimension.Mass, (int)MassUnit.Microgram, "mcg", 1m, Micrograms),
        new(Dimension.Mass, (int)MassUnit.Milligram, "mg", 1000m, ["mg"]),
        new(Dimension.Volume, (int)VolumeUnit.Milliliter, "mL", 1m, ["mL", "ml"]),
        new(Dimension.MassConcentration, (int)MassConcentrationUnit.MicrogramPerMilliliter, "mcg/mL", 1m, Combine(Micrograms, ["/mL", "/ml"])),
        new(Dimension.MassConcentration, (int)MassConcentrationUnit.MilligramPerMilliliter, "mg/mL", 1000m, Combine(["mg"], ["/mL", "/ml"])),
        new(Dimension.MassFlow, (int)MassFlowUnit.MicrogramPerDay, "mcg/day", 1m, Combine(Micrograms, PerDay)),
        new(Dimension.MassFlow, (int)MassFlowUnit.MilligramPerDay, "mg/day", 1000m, Combine(["mg"], PerDay)),
        new(Dimension.MassFlow, (int)MassFlowUnit.MicrogramPerHour, "mcg/h", 24m, Combine(Micrograms, PerHour)),
        new(Dimension.VolumeFlow, (int)VolumeFlowUnit.MilliliterPerDay, "mL/day", 1m, Combine(["mL", "ml"], PerDay)),
        new(Dimension.VolumeFlow, (int)VolumeFlowUnit.MilliliterPerHour, "mL/h", 24m, Combine(["mL", "ml"], PerHour)),
        new(Dimension.Duration, (int)DurationUnit.Day, "days", 24m, ["days", "day", "d"]),
        new(Dimension.Duration, (int)DurationUnit.Hour, "h", 1m, ["h", "hr", "hours", "hour"]),
    ];

    private static readonly Dictionary<string, UnitDefinition> BySpelling = BuildLookup();

    /// <summary>All units, in declaration order.</summary>
    public static IReadOnlyList<UnitDefinition> All => Units;

    /// <summary>The definition of one unit of a dimension.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is not a unit of that dimension.</exception>
    public static UnitDefinition Get(Dimension dimension, int code)
    {
        foreach (var unit in Units)
        {
            if (unit.Dimension == dimension && unit.Code == code)
            {
                return unit;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(code), code, $"{code} is not a unit of {dimension}.");
    }

    /// <summary>Finds a unit by any accepted spelling (case-insensitive, spaces ignored).</summary>
    public static bool TryFind(string spelling, out UnitDefinition unit) =>
        BySpelling.TryGetValue(Key(spelling), out unit!);

    /// <summary>The accepted spellings of every unit of a dimension, canonical first.</summary>
    public static IReadOnlyList<string> SpellingsOf(Dimension dimension) =>
        Units.Where(u => u.Dimension == dimension).SelectMany(u => u.Spellings).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>What a clinician calls the dimension, e.g. "daily dose (mass per time)".</summary>
    public static string Describe(Dimension dimension) => dimension switch
    {
        Dimension.Mass => "mass",
        Dimension.Volume => "volume",
        Dimension.MassConcentration => "concentration (mass per volume)",
        Dimension.MassFlow => "dose rate (mass per time)",
        Dimension.VolumeFlow => "volume rate (volume per time)",
        Dimension.Duration => "duration",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown dimension."),
    };

    /// <summary>A typical value of the dimension, as a user would type it.</summary>
    public static string Example(Dimension dimension) => dimension switch
    {
        Dimension.Mass => "50mcg",
        Dimension.Volume => "40mL",
        Dimension.MassConcentration => "500mcg/mL",
        Dimension.MassFlow => "186mcg/day",
        Dimension.VolumeFlow => "0.372mL/day",
        Dimension.Duration => "24h",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown dimension."),
    };

    /// <summary>Converts a value between two units of one dimension (exact to base; dividing out of base may round at the 28th digit).</summary>
    public static decimal Convert(Dimension dimension, decimal value, int from, int to)
    {
        if (from == to)
        {
            return value;
        }

        var source = Get(dimension, from);
        var target = Get(dimension, to);
        return value * source.ToBase / target.ToBase;
    }

    /// <summary>The value expressed in the dimension's base unit (exact).</summary>
    internal static decimal ToBase(Dimension dimension, decimal value, int code) => value * Get(dimension, code).ToBase;

    private static string[] Combine(string[] numerators, string[] denominators) =>
        numerators.SelectMany(n => denominators.Select(d => n + d)).ToArray();

    private static string Key(string spelling)
    {
        var trimmed = string.Concat(spelling.Where(c => !char.IsWhiteSpace(c)));
        return trimmed.Replace('µ', 'u').Replace('μ', 'u').ToUpperInvariant();
    }

    private static Dictionary<string, UnitDefinition> BuildLookup()
    {
        var lookup = new Dictionary<string, UnitDefinition>(StringComparer.Ordinal);
        foreach (var unit in Units)
        {
            foreach (var spelling in unit.Spellings.Append(unit.Symbol))
            {
                var key = Key(spelling);
                Preconditions.CheckArgument(
                    !lookup.TryGetValue(key, out var existing) || existing == unit,
                    nameof(spelling),
                    $"Unit spelling '{spelling}' is declared twice.");
                lookup[key] = unit;
            }
        }

        return lookup;
    }
}
