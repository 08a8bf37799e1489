using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>Reads plain values (text, true/false, lists of text) from YAML nodes, reporting what is wrong at the node's line.</summary>
internal static class Scalars
{
    /// <summary>The node's text, or null (with an error) when it is empty, a list or a mapping.</summary>
    public static string? Text(ReadContext context, YamlNode node, string path)
    {
        if (node is YamlScalarNode scalar && !IsEmpty(scalar))
        {
            return scalar.Value!.Trim();
        }

        context.Error(node, IsEmpty(node) ? $"{path} has no value." : $"{path} must be a single value, not {Describe(node)}.");
        return null;
    }

    public static bool? Boolean(ReadContext context, YamlNode node, string path)
    {
        var text = Text(context, node, path);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        context.Error(node, $"{path} must be true or false; got '{text}'.");
        return null;
    }

    public static DateOnly? Date(ReadContext context, YamlNode node, string path)
    {
        var text = Text(context, node, path);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        context.Error(node, $"{path} must be a date written YYYY-MM-DD; got '{text}'.");
        return null;
    }

    /// <summary>A list of at least one non-empty text item (e.g. product names), or null with errors.</summary>
    public static IReadOnlyList<string>? TextList(ReadContext context, YamlNode node, string path)
    {
        if (node is not YamlSequenceNode sequence)
        {
            context.Error(node, $"{path} must be a list, e.g. [first, second]; got {Describe(node)}.");
            return null;
        }

        if (sequence.Children.Count == 0)
        {
            context.Error(node, $"{path} must list at least one item.");
            return null;
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in sequence.Children)
        {
            var text = Text(context, item, $"{path}[{index++}]");
            if (text is not null)
            {
                items.Add(text);
            }
        }

        return items.Count == sequence.Children.Count ? items : null;
    }

    public static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode scalar
        && (string.IsNullOrWhiteSpace(scalar.Value)
            || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL"));

    /// <summary>What a node is, for messages: "a list", "a mapping", "an empty value" or the quoted text.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ when IsEmpty(node) => "an empty value",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "an alias",
    };
}
