using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>
/// Turns protocol text into its single YAML mapping, reporting syntax errors, collections nested too deep, an empty file
/// or a second document.
/// </summary>
internal static class YamlDocumentReader
{
    public static YamlMappingNode? ReadRoot(string text, ReadContext context)
    {
        var stream = new YamlStream();
        var nesting = new NestingLimitParser(new Parser(new StringReader(text)), ProtocolLoader.MaximumNesting);
        var parser = new PositionTrackingParser(nesting);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException) when (nesting.TooDeepAt is { } tooDeep)
        {
            context.Error(tooDeep, $"the file nests collections more than {ProtocolLoader.MaximumNesting} levels deep here; a protocol needs 5 at most (doseLimits.adult.cerebral.usualMinimum is 5): check the indentation and the brackets.");
            return null;
        }
        catch (YamlException e)
        {
            context.Error(e.Start, Describe(e));
            return null;
        }
        catch (InvalidOperationException)
        {
            context.Error(parser.LastPosition, "YAML syntax error: the YAML reader stopped after this point; check that brackets, braces and quotes are closed.");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            context.Error($"the file is empty; a protocol starts with 'schema: {ProtocolLoader.SchemaVersion}' (copy protocols/default.yaml to begin).");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            context.Error(stream.Documents[1].RootNode, "a protocol file holds one YAML document: remove the second one (after '---').");
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
        {
            return mapping;
        }

        context.Error(root, $"a protocol is a mapping of keys (schema, name, version, pumps, ...), not {Scalars.Describe(root)}.");
        return null;
    }

    private static string Describe(YamlException e)
    {
        const string duplicate = "Duplicate key ";
        return e.Message.StartsWith(duplicate, StringComparison.Ordinal)
            ? $"the key '{e.Message[duplicate.Length..]}' appears twice in the same mapping; keys such as pump ids must be unique."
            : $"YAML syntax error at column {e.Start.Column}: {OneLine(e.Message)}";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
