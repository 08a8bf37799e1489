using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Protocols.Yaml.Reading;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Reads <c>titration</c>: per origin, the allowed daily increase, the largest decrease, the interval and rounding.</summary>
internal static class TitrationMapper
{
    private static readonly string[] Keys =
        ["minimumIncrease", "maximumIncrease", "defaultIncrease", "maximumDecrease", "minimumInterval", "doseResolution"];

    public static IReadOnlyList<TitrationRule>? Read(MapNode root) =>
        KeyedSections.Read(root, "titration", KeyedSections.Origins, ReadOne);

    private static TitrationRule? ReadOne(MapNode section, string name, TitrationOrigin origin)
    {
        var map = section.RequiredMap(name, Keys);
        if (map is null)
        {
            return null;
        }

        var minimum = SettingReader.Required<Percentage>(map, "minimumIncrease", ValueParsers.Percent);
        var maximum = SettingReader.Required<Percentage>(map, "maximumIncrease", ValueParsers.Percent);
        var step = SettingReader.Required<Percentage>(map, "defaultIncrease", ValueParsers.Percent);
        var decrease = SettingReader.Required<Percentage>(map, "maximumDecrease", ValueParsers.Percent);
        var interval = SettingReader.Required<Duration>(map, "minimumInterval", ValueParsers.Quantity);
        var resolution = SettingReader.Required<MassFlow>(map, "doseResolution", ValueParsers.Quantity);
        if (minimum is null || maximum is null || step is null || decrease is null || interval is null || resolution is null)
        {
            return null;
        }

        return new TitrationRule(origin, minimum, maximum, step, decrease, interval, resolution);
    }
}
