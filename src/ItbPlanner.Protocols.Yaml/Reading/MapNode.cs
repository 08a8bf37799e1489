using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>
/// A YAML mapping at a dotted path (e.g. <c>pumps.synchromed-ii-40</c>), opened with the keys it may hold: an unknown key
/// (a typo) is reported with the allowed ones, and a missing required key is reported at the mapping's line.
/// </summary>
internal sealed class MapNode
{
    private readonly YamlMappingNode node;
    private readonly Mark anchor;

    private MapNode(ReadContext context, YamlMappingNode node, string path, Mark anchor)
    {
        Context = context;
        this.node = node;
        Path = path;
        this.anchor = anchor;
    }

    public ReadContext Context { get; }

    public string Path { get; }

    /// <summary>Where the mapping's key sits (the mapping itself for the top level), for errors about the whole mapping.</summary>
    public Mark Anchor => anchor;

    /// <summary>The entries in file order, for mappings keyed by id (pumps, catheters).</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries =>
        node.Children.Select(e => (KeyText(e.Key), e.Key, e.Value));

    /// <summary>Opens the file's top-level mapping.</summary>
    public static MapNode Root(ReadContext context, YamlMappingNode root, IReadOnlyCollection<string> allowedKeys)
    {
        var map = new MapNode(context, root, string.Empty, root.Start);
        map.CheckKeys(allowedKeys);
        return map;
    }

    /// <summary>Opens a node as a mapping; null (with an error) when it is not one. <paramref name="allowedKeys"/> null allows any key.</summary>
    public static MapNode? Open(ReadContext context, YamlNode node, string path, Mark anchor, IReadOnlyCollection<string>? allowedKeys)
    {
        if (node is not YamlMappingNode mapping)
        {
            var expected = allowedKeys is null ? "entries" : $"keys ({string.Join(", ", allowedKeys)})";
            context.Error(node, $"{path} must be a mapping of {expected}, not {Scalars.Describe(node)}.");
            return null;
        }

        var map = new MapNode(context, mapping, path, anchor);
        if (allowedKeys is not null)
        {
            map.CheckKeys(allowedKeys);
        }

        return map;
    }

    public string ChildPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>The value under a key; null (with an error naming the key and this mapping) when absent.</summary>
    public YamlNode? Required(string key)
    {
        var value = Optional(key);
        if (value is null)
        {
            var parent = Path.Length == 0 ? "at the top level of the file" : $"in {Path}";
            Context.Error(anchor, $"missing key '{key}' {parent}.");
        }

        return value;
    }

    /// <summary>The value under a key, or null when absent.</summary>
    public YamlNode? Optional(string key) =>
        node.Children.FirstOrDefault(e => KeyText(e.Key) == key).Value;

    /// <summary>Opens the mapping under a required key.</summary>
    public MapNode? RequiredMap(string key, IReadOnlyCollection<string>? allowedKeys) =>
        Required(key) is { } value ? Open(Context, value, ChildPath(key), KeyNode(key).Start, allowedKeys) : null;

    /// <summary>Opens the mapping under an optional key; null when the key is absent (or, with an error, not a mapping).</summary>
    public MapNode? OptionalMap(string key, IReadOnlyCollection<string>? allowedKeys) =>
        Optional(key) is { } value ? Open(Context, value, ChildPath(key), KeyNode(key).Start, allowedKeys) : null;

    /// <summary>The required text under a key, e.g. a name.</summary>
    public string? Text(string key) =>
        Required(key) is { } value ? Scalars.Text(Context, value, ChildPath(key)) : null;

    /// <summary>The required true/false under a key.</summary>
    public bool? Boolean(string key) =>
        Required(key) is { } value ? Scalars.Boolean(Context, value, ChildPath(key)) : null;

    /// <summary>The required list of text under a key, e.g. product names.</summary>
    public IReadOnlyList<string>? TextList(string key) =>
        Required(key) is { } value ? Scalars.TextList(Context, value, ChildPath(key)) : null;

    private YamlNode KeyNode(string key) => node.Children.Keys.First(k => KeyText(k) == key);

    private void CheckKeys(IReadOnlyCollection<string> allowedKeys)
    {
        foreach (var key in node.Children.Keys)
        {
            var text = KeyText(key);
            if (!allowedKeys.Contains(text))
            {
                var where = Path.Length == 0 ? "at the top level" : $"in {Path}";
                Context.Error(key, $"unknown key '{text}' {where}; allowed keys: {string.Join(", ", allowedKeys)}.");
            }
        }
    }

    private static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : Scalars.Describe(key);
}
