using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Protocols.Yaml.Reading;
using YamlDotNet.RepresentationModel;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Reads <c>drugs.baclofen.strengths</c>: the stocked strengths and the products that offer them.</summary>
internal static class DrugsMapper
{
    private static readonly string[] DrugsKeys = ["baclofen"];
    private static readonly string[] BaclofenKeys = ["strengths"];
    private static readonly string[] StrengthKeys = ["concentration", "products", "useForScreening", "useForRefill"];

    public static IReadOnlyList<StockedStrength>? Read(MapNode root)
    {
        var baclofen = root.RequiredMap("drugs", DrugsKeys)?.RequiredMap("baclofen", BaclofenKeys);
        if (baclofen?.Required("strengths") is not { } node)
        {
            return null;
        }

        var items = Sequences.Items(baclofen.Context, node, baclofen.ChildPath("strengths"), "[{ concentration: ..., products: [...] }]");
        return items is null ? null : Sequences.ReadAll(items, (item, path) => ReadStrength(baclofen.Context, item, path));
    }

    private static StockedStrength? ReadStrength(ReadContext context, YamlNode node, string path)
    {
        var map = MapNode.Open(context, node, path, node.Start, StrengthKeys);
        if (map is null)
        {
            return null;
        }

        var concentration = SettingReader.Required<MassConcentration>(map, "concentration", ValueParsers.Quantity);
        var products = map.TextList("products");
        var screening = map.Boolean("useForScreening");
        var refill = map.Boolean("useForRefill");
        return concentration is null || products is null || screening is null || refill is null
            ? null
            : new StockedStrength(concentration, products, screening.Value, refill.Value);
    }
}
