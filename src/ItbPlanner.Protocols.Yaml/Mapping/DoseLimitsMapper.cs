using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Protocols.Yaml.Reading;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>
/// Reads <c>doseLimits</c>: per population, the usual daily range and the hard ceiling, and optionally an origin's own
/// usual range (<c>doseLimits.adult.cerebral: { usualMinimum, usualMaximum }</c>).
/// </summary>
internal static class DoseLimitsMapper
{
    private static readonly string[] RangeKeys = ["usualMinimum", "usualMaximum"];

    private static readonly string[] Keys = ["usualMinimum", "usualMaximum", "hardCeiling", .. KeyedSections.Origins.Select(o => o.Key)];

    public static IReadOnlyList<DoseLimits>? Read(MapNode root) =>
        KeyedSections.Read(root, "doseLimits", KeyedSections.Populations, ReadOne);

    private static DoseLimits? ReadOne(MapNode section, string name, Population population)
    {
        var map = section.RequiredMap(name, Keys);
        if (map is null)
        {
            return null;
        }

        var usualMinimum = SettingReader.Required<MassFlow>(map, "usualMinimum", ValueParsers.Quantity);
        var usualMaximum = SettingReader.Required<MassFlow>(map, "usualMaximum", ValueParsers.Quantity);
        var hardCeiling = SettingReader.Required<MassFlow>(map, "hardCeiling", ValueParsers.Quantity);
        var ranges = new List<OriginUsualRange>();
        var rangesOk = true;
        foreach (var (key, origin) in KeyedSections.Origins)
        {
            if (map.Optional(key) is null)
            {
                continue;
            }

            var range = ReadRange(map, key, origin);
            rangesOk &= range is not null;
            if (range is not null)
            {
                ranges.Add(range);
            }
        }

        return usualMinimum is null || usualMaximum is null || hardCeiling is null || !rangesOk
            ? null
            : new DoseLimits(population, usualMinimum, usualMaximum, hardCeiling) { OriginRanges = ranges };
    }

    private static OriginUsualRange? ReadRange(MapNode limits, string key, TitrationOrigin origin)
    {
        var map = limits.OptionalMap(key, RangeKeys);
        if (map is null)
        {
            return null;
        }

        var minimum = SettingReader.Required<MassFlow>(map, "usualMinimum", ValueParsers.Quantity);
        var maximum = SettingReader.Required<MassFlow>(map, "usualMaximum", ValueParsers.Quantity);
        return minimum is null || maximum is null ? null : new OriginUsualRange(origin, minimum, maximum);
    }
}
