using YamlDotNet.RepresentationModel;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>Reads YAML lists item by item, each item with its own path (<c>screening.schedules.adult[0]</c>).</summary>
internal static class Sequences
{
    /// <summary>The items with their paths, or null (with an error) when the node is not a list.</summary>
    public static IReadOnlyList<(YamlNode Node, string Path)>? Items(ReadContext context, YamlNode node, string path, string example)
    {
        if (node is not YamlSequenceNode sequence)
        {
            context.Error(node, $"{path} must be a list, e.g. {example}; got {Scalars.Describe(node)}.");
            return null;
        }

        return sequence.Children.Select((item, index) => (item, $"{path}[{index}]")).ToList();
    }

    /// <summary>Reads every item, keeping them all only when every one was read.</summary>
    public static IReadOnlyList<T>? ReadAll<T>(IReadOnlyList<(YamlNode Node, string Path)> items, Func<YamlNode, string, T?> read)
        where T : class
    {
        var results = new List<T>();
        foreach (var (node, path) in items)
        {
            if (read(node, path) is { } result)
            {
                results.Add(result);
            }
        }

        return results.Count == items.Count ? results : null;
    }
}
