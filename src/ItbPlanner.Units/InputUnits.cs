using System.Globalization;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using ItbPlanner.Domain.Quantities;
using UnitAbbreviationsCache = UnitsNet.UnitAbbreviationsCache;
using UnitParser = UnitsNet.UnitParser;
using UN = UnitsNet.Units;

namespace ItbPlanner.Units;

/// <summary>
/// Every unit a user may type, each mapped to the UnitsNet unit that reads it. UnitsNet's parser works on our own
/// <see cref="UnitAbbreviationsCache"/>, holding only these spellings (never the process-wide default, which knows
/// neither <c>mcg</c> nor <c>ug</c> and would accept units we refuse, such as kg or mg/h). It matches case-insensitively
/// and ignores spaces, and reads the Greek μ as the micro sign µ.
/// </summary>
internal static class InputUnits
{
    private static readonly string[] Micrograms = ["mcg", "µg", "μg", "ug"];
    private static readonly string[] Milliliters = ["mL", "ml"];
    private static readonly string[] PerMilliliter = ["/mL", "/ml"];
    private static readonly string[] PerDay = ["/day", "/d", "/24h"];
    private static readonly string[] PerHour = ["/h", "/hr"];

    private static readonly InputUnit[] Units =
    [
        Of(Dimension.Mass, (int)MassUnit.Microgram, UN.MassUnit.Microgram, Micrograms),
        Of(Dimension.Mass, (int)MassUnit.Milligram, UN.MassUnit.Milligram, ["mg"]),
        Of(Dimension.Volume, (int)VolumeUnit.Milliliter, UN.VolumeUnit.Milliliter, Milliliters),
        Of(Dimension.MassConcentration, (int)MassConcentrationUnit.MicrogramPerMilliliter, UN.MassConcentrationUnit.MicrogramPerMilliliter, Combine(Micrograms, PerMilliliter)),
        Of(Dimension.MassConcentration, (int)MassConcentrationUnit.MilligramPerMilliliter, UN.MassConcentrationUnit.MilligramPerMilliliter, Combine(["mg"], PerMilliliter)),
        Of(Dimension.MassFlow, (int)MassFlowUnit.MicrogramPerDay, UN.MassFlowUnit.MicrogramPerDay, Combine(Micrograms, PerDay)),
        Of(Dimension.MassFlow, (int)MassFlowUnit.MilligramPerDay, UN.MassFlowUnit.MilligramPerDay, Combine(["mg"], PerDay)),
        Of(Dimension.MassFlow, (int)MassFlowUnit.MicrogramPerHour, PerHourUnit.MicrogramPerHour, Combine(Micrograms, PerHour)),
        Of(Dimension.VolumeFlow, (int)VolumeFlowUnit.MilliliterPerDay, UN.VolumeFlowUnit.MilliliterPerDay, Combine(Milliliters, PerDay)),
        Of(Dimension.VolumeFlow, (int)VolumeFlowUnit.MilliliterPerHour, UN.VolumeFlowUnit.MilliliterPerHour, Combine(Milliliters, PerHour)),
        Of(Dimension.Duration, (int)DurationUnit.Day, UN.DurationUnit.Day, ["days", "day", "d"]),
        Of(Dimension.Duration, (int)DurationUnit.Hour, UN.DurationUnit.Hour, ["h", "hr", "hours", "hour"]),
    ];

    /// <summary>
    /// The unit enums UnitsNet's parser searches, in order. It lists each with <c>Enum.GetValues(Type)</c>, which under
    /// Native AOT finds only enum arrays compiled in: <c>Enum.GetValues&lt;T&gt;()</c> here makes sure each one is.
    /// </summary>
    internal static readonly Type[] UnitsNetTypes =
    [
        TypeOf(Enum.GetValues<UN.MassUnit>()),
        TypeOf(Enum.GetValues<UN.VolumeUnit>()),
        TypeOf(Enum.GetValues<UN.MassConcentrationUnit>()),
        TypeOf(Enum.GetValues<UN.MassFlowUnit>()),
        TypeOf(Enum.GetValues<PerHourUnit>()),
        TypeOf(Enum.GetValues<UN.VolumeFlowUnit>()),
        TypeOf(Enum.GetValues<UN.DurationUnit>()),
    ];

    /// <summary>For each dimension, the enums UnitsNet searches: that dimension's first (the answer is the same, found sooner).</summary>
    private static readonly Dictionary<Dimension, Type[]> SearchOrders = Enum.GetValues<Dimension>().ToDictionary(
        d => d,
        d => UnitsNetTypes.OrderBy(t => Units.Any(u => u.Unit.Dimension == d && u.UnitsNetUnit.GetType() == t) ? 0 : 1).ToArray());

    private static readonly UnitParser Parser = new(Abbreviations());

    /// <summary>Spellings already read: UnitsNet's answer for a text never changes, and a protocol repeats a few spellings many times.</summary>
    private static readonly ConcurrentDictionary<string, InputUnit> Read = new(StringComparer.Ordinal);

    /// <summary>Every unit, in the catalog's order.</summary>
    public static IReadOnlyList<InputUnit> All => Units;

    /// <summary>Finds a unit by any accepted spelling (case-insensitive, spaces ignored), reading it with UnitsNet.</summary>
    /// <param name="text">The unit as typed, e.g. <c>ug/hr</c>.</param>
    /// <param name="likely">The dimension searched first.</param>
    /// <param name="unit">The unit found.</param>
    public static bool TryFind(string text, Dimension likely, [NotNullWhen(true)] out InputUnit? unit)
    {
        if (Read.TryGetValue(text, out unit))
        {
            return true;
        }

        foreach (var type in SearchOrders[likely])
        {
            if (Parser.TryParse(text, type, CultureInfo.InvariantCulture, out var read))
            {
                unit = Read.GetOrAdd(text, Units.Single(u => u.UnitsNetUnit.Equals(read)));
                return true;
            }
        }

        unit = null;
        return false;
    }

    /// <summary>The accepted spellings of every unit of a dimension, canonical first.</summary>
    public static IReadOnlyList<string> SpellingsOf(Dimension dimension) =>
        Units.Where(u => u.Unit.Dimension == dimension).SelectMany(u => u.Spellings).Distinct(StringComparer.Ordinal).ToArray();

    private static InputUnit Of(Dimension dimension, int code, Enum unitsNetUnit, string[] spellings) =>
        new(UnitCatalog.Get(dimension, code), unitsNetUnit, spellings);

    private static Type TypeOf<TUnit>(TUnit[] units)
        where TUnit : struct, Enum => typeof(TUnit);

    private static string[] Combine(string[] numerators, string[] denominators) =>
        numerators.SelectMany(n => denominators.Select(d => n + d)).ToArray();

    /// <summary>
    /// Our own cache, holding only our spellings. Spellings that differ only in case are registered once: UnitsNet
    /// matches case-insensitively first and would call two of them for one unit ambiguous.
    /// </summary>
    private static UnitAbbreviationsCache Abbreviations()
    {
        var cache = UnitAbbreviationsCache.CreateEmpty();
        foreach (var unit in Units)
        {
            var spellings = unit.Spellings.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            cache.MapUnitToAbbreviation(unit.UnitsNetUnit, CultureInfo.InvariantCulture, spellings);
        }

        return cache;
    }
}
