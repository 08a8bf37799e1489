using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Protocols.Yaml.Reading;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Reads the one-value check sections: <c>reconciliation</c>, <c>concentrationChange</c>, <c>flex</c> and the optional <c>highDose</c>.</summary>
internal static class SafetyChecksMapper
{
    private static readonly string[] ReconciliationKeys = ["absoluteTolerance"];
    private static readonly string[] ConcentrationChangeKeys = ["unbridgedDoseTolerance"];
    private static readonly string[] FlexKeys = ["maximumStepJump"];
    private static readonly string[] HighDoseKeys = ["largeStep"];

    public static ReconciliationRules? ReadReconciliation(MapNode root) =>
        root.RequiredMap("reconciliation", ReconciliationKeys) is { } map
        && SettingReader.Required<Volume>(map, "absoluteTolerance", ValueParsers.Quantity) is { } tolerance
            ? new ReconciliationRules(tolerance)
            : null;

    public static ConcentrationChangeRules? ReadConcentrationChange(MapNode root) =>
        root.RequiredMap("concentrationChange", ConcentrationChangeKeys) is { } map
        && SettingReader.Required<Percentage>(map, "unbridgedDoseTolerance", ValueParsers.Percent) is { } tolerance
            ? new ConcentrationChangeRules(tolerance)
            : null;

    public static FlexRules? ReadFlex(MapNode root) =>
        root.RequiredMap("flex", FlexKeys) is { } map
        && SettingReader.Required<Percentage>(map, "maximumStepJump", ValueParsers.Percent) is { } jump
            ? new FlexRules(jump)
            : null;

    /// <summary>The optional <c>highDose</c> section: null when absent; <paramref name="ok"/> false when present but wrong.</summary>
    public static HighDoseRules? ReadHighDose(MapNode root, out bool ok)
    {
        ok = true;
        if (root.Optional("highDose") is null)
        {
            return null;
        }

        var rules = root.OptionalMap("highDose", HighDoseKeys) is { } map
            && SettingReader.Required<Percentage>(map, "largeStep", ValueParsers.Percent) is { } step
                ? new HighDoseRules(step)
                : null;
        ok = rules is not null;
        return rules;
    }
}
