using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Protocols.Yaml.Reading;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Reads <c>doseLimits</c>: per population, the usual daily range and the hard ceiling.</summary>
internal static class DoseLimitsMapper
{
    private static readonly string[] Keys = ["usualMinimum", "usualMaximum", "hardCeiling"];

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
        return usualMinimum is null || usualMaximum is null || hardCeiling is null
            ? null
            : new DoseLimits(population, usualMinimum, usualMaximum, hardCeiling);
    }
}
