using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Protocols.Yaml.Reading;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Reads the optional <c>oralWean</c> section: the oral baclofen wean's step range, reassessment interval and oral ceiling.</summary>
internal static class OralWeanMapper
{
    private static readonly string[] Keys = ["minimumStep", "maximumStep", "reassessAfter", "oralCeiling"];

    /// <summary>The section, or null when absent; <paramref name="ok"/> false when present but wrong.</summary>
    public static OralWeanRules? Read(MapNode root, out bool ok)
    {
        ok = true;
        if (root.Optional("oralWean") is null)
        {
            return null;
        }

        OralWeanRules? rules = null;
        if (root.OptionalMap("oralWean", Keys) is { } map)
        {
            var minimum = SettingReader.Required<Percentage>(map, "minimumStep", ValueParsers.Percent);
            var maximum = SettingReader.Required<Percentage>(map, "maximumStep", ValueParsers.Percent);
            var reassess = SettingReader.Required<Duration>(map, "reassessAfter", ValueParsers.Quantity);
            var ceiling = SettingReader.Required<MassFlow>(map, "oralCeiling", ValueParsers.Quantity);
            if (minimum is not null && maximum is not null && reassess is not null && ceiling is not null)
            {
                rules = new OralWeanRules(minimum, maximum, reassess, ceiling);
            }
        }

        ok = rules is not null;
        return rules;
    }
}
