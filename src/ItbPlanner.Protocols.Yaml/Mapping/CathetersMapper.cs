using ItbPlanner.Domain.Protocols;
using ItbPlanner.Protocols.Yaml.Reading;
using YamlDotNet.RepresentationModel;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Reads <c>catheters</c>: a mapping from catheter id to its volume per cm (when known) and untrimmed length.</summary>
internal static class CathetersMapper
{
    private static readonly string[] CatheterKeys = ["name", "volumePerCm", "lengthBeforeTrimCm"];

    public static IReadOnlyList<CatheterModel>? Read(MapNode root)
    {
        var catheters = root.RequiredMap("catheters", allowedKeys: null);
        if (catheters is null)
        {
            return null;
        }

        var entries = catheters.Entries.ToList();
        var results = entries.Select(e => ReadCatheter(catheters, e.Key, e.KeyNode, e.Value)).OfType<CatheterModel>().ToList();
        return results.Count == entries.Count ? results : null;
    }

    private static CatheterModel? ReadCatheter(MapNode catheters, string id, YamlNode keyNode, YamlNode node)
    {
        var map = MapNode.Open(catheters.Context, node, catheters.ChildPath(id), keyNode.Start, CatheterKeys);
        if (map is null)
        {
            return null;
        }

        var name = map.Text("name");
        var volumePerCm = SettingReader.Optional<Domain.Quantities.Volume>(map, "volumePerCm", ValueParsers.VolumePerCentimeter);
        var length = SettingReader.Optional<decimal>(map, "lengthBeforeTrimCm", ValueParsers.Centimeters);
        return name is null ? null : new CatheterModel(id, name, volumePerCm, length) { Location = catheters.Context.Where(keyNode) };
    }
}
