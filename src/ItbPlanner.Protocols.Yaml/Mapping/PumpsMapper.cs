using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Protocols.Yaml.Reading;
using YamlDotNet.RepresentationModel;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Reads <c>pumps</c>: a mapping from pump id (used on the command line) to the pump's facts.</summary>
internal static class PumpsMapper
{
    private static readonly string[] PumpKeys =
        ["name", "kind", "capacity", "lowReservoirAlarm", "accuracy", "minimumRate", "fixedRate", "tubingDeadSpace", "maxFlexSteps", "nonDeliverableVolume", "minimumConcentration", "maximumConcentration"];

    private static readonly (string Text, PumpKind Kind)[] Kinds = [("programmable", PumpKind.Programmable), ("constant-flow", PumpKind.ConstantFlow)];

    public static IReadOnlyList<PumpModel>? Read(MapNode root)
    {
        var pumps = root.RequiredMap("pumps", allowedKeys: null);
        if (pumps is null)
        {
            return null;
        }

        var entries = pumps.Entries.ToList();
        var results = entries.Select(e => ReadPump(pumps, e.Key, e.KeyNode, e.Value)).OfType<PumpModel>().ToList();
        return results.Count == entries.Count ? results : null;
    }

    private static PumpModel? ReadPump(MapNode pumps, string id, YamlNode keyNode, YamlNode node)
    {
        var map = MapNode.Open(pumps.Context, node, pumps.ChildPath(id), keyNode.Start, PumpKeys);
        if (map is null)
        {
            return null;
        }

        var name = map.Text("name");
        var kind = ReadKind(map);
        var capacity = SettingReader.Required<Volume>(map, "capacity", ValueParsers.Quantity);
        var alarm = SettingReader.Required<Volume>(map, "lowReservoirAlarm", ValueParsers.Quantity);
        var accuracy = SettingReader.Required<Percentage>(map, "accuracy", ValueParsers.Percent);
        var minimumRate = SettingReader.Optional<VolumeFlow>(map, "minimumRate", ValueParsers.Quantity);
        var fixedRate = SettingReader.Optional<VolumeFlow>(map, "fixedRate", ValueParsers.Quantity);
        var tubing = SettingReader.Optional<Volume>(map, "tubingDeadSpace", ValueParsers.Quantity);
        var flexSteps = SettingReader.Optional<int>(map, "maxFlexSteps", ValueParsers.WholeNumber);
        var nonDeliverable = SettingReader.Optional<Volume>(map, "nonDeliverableVolume", ValueParsers.Quantity);
        var minimumConcentration = SettingReader.Optional<MassConcentration>(map, "minimumConcentration", ValueParsers.Quantity);
        var maximumConcentration = SettingReader.Optional<MassConcentration>(map, "maximumConcentration", ValueParsers.Quantity);
        if (name is null || kind is null || capacity is null || alarm is null || accuracy is null)
        {
            return null;
        }

        return new PumpModel(id, name, kind.Value, capacity, alarm, accuracy, minimumRate, fixedRate, tubing, flexSteps)
        {
            Location = pumps.Context.Where(keyNode),
            NonDeliverableVolume = nonDeliverable,
            MinimumConcentration = minimumConcentration,
            MaximumConcentration = maximumConcentration,
        };
    }

    private static PumpKind? ReadKind(MapNode map)
    {
        if (map.Text("kind") is not { } text)
        {
            return null;
        }

        foreach (var (name, kind) in Kinds)
        {
            if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        map.Context.Error(map.Required("kind")!, $"{map.ChildPath("kind")} must be {string.Join(" or ", Kinds.Select(k => k.Text))}; got '{text}'.");
        return null;
    }
}
