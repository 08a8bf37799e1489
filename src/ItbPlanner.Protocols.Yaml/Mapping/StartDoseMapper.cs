using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Protocols.Yaml.Reading;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Reads <c>startDose</c>: the post-implant starting dose multiplier, the long-effect threshold and the hold.</summary>
internal static class StartDoseMapper
{
    private static readonly string[] Keys = ["multiplier", "longEffectThreshold", "postImplantHold"];

    public static StartDoseRules? Read(MapNode root)
    {
        var start = root.RequiredMap("startDose", Keys);
        if (start is null)
        {
            return null;
        }

        var multiplier = SettingReader.Required<decimal>(start, "multiplier", ValueParsers.Number);
        var threshold = SettingReader.Required<Duration>(start, "longEffectThreshold", ValueParsers.Quantity);
        var hold = SettingReader.Required<Duration>(start, "postImplantHold", ValueParsers.Quantity);
        return multiplier is null || threshold is null || hold is null ? null : new StartDoseRules(multiplier, threshold, hold);
    }
}
