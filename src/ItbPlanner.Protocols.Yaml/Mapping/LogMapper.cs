using ItbPlanner.Domain.Protocols;
using ItbPlanner.Protocols.Yaml.Reading;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Reads the optional <c>log</c> section: how old the newest signed checkpoint of the log may be.</summary>
internal static class LogMapper
{
    private static readonly string[] Keys = ["checkpointMaxAgeDays"];

    /// <summary>The section, or null when absent; <paramref name="ok"/> false when present but wrong.</summary>
    public static LogRules? Read(MapNode root, out bool ok)
    {
        ok = true;
        if (root.Optional("log") is null)
        {
            return null;
        }

        var rules = root.OptionalMap("log", Keys) is { } map
            && SettingReader.Required<int>(map, "checkpointMaxAgeDays", ValueParsers.WholeDays) is { } days
                ? new LogRules(days)
                : null;
        ok = rules is not null;
        return rules;
    }
}
