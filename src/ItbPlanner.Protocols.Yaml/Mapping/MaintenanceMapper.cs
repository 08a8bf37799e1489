using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Protocols.Yaml.Reading;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Reads <c>maintenance</c>: per origin, the largest dose increase and decrease at one refill visit.</summary>
internal static class MaintenanceMapper
{
    private static readonly string[] Keys = ["maximumIncrease", "maximumDecrease"];

    public static IReadOnlyList<MaintenanceRule>? Read(MapNode root) =>
        KeyedSections.Read(root, "maintenance", KeyedSections.Origins, ReadOne);

    private static MaintenanceRule? ReadOne(MapNode section, string name, TitrationOrigin origin)
    {
        var map = section.RequiredMap(name, Keys);
        if (map is null)
        {
            return null;
        }

        var increase = SettingReader.Required<Percentage>(map, "maximumIncrease", ValueParsers.Percent);
        var decrease = SettingReader.Required<Percentage>(map, "maximumDecrease", ValueParsers.Percent);
        return increase is null || decrease is null ? null : new MaintenanceRule(origin, increase, decrease);
    }
}
