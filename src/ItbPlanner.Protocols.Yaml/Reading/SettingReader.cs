using System.Diagnostics.CodeAnalysis;
using ItbPlanner.Domain.Protocols;
using YamlDotNet.RepresentationModel;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>
/// Reads a protocol value node <c>{ value, source, verify, verifiedBy, verifiedOn }</c> into a <see cref="Setting{T}"/>
/// whose source records the dotted key and the <c>file:line</c> of the value.
/// </summary>
internal static class SettingReader
{
    private static readonly string[] Keys = ["value", "source", "verify", "verifiedBy", "verifiedOn"];

    /// <summary>A required setting under a key, parsed from its text.</summary>
    public static Setting<T>? Required<T>(MapNode parent, string key, TextParser<T> parse) =>
        parent.Required(key) is { } node ? Read(parent.Context, node, parent.ChildPath(key), FromText(parse)) : null;

    /// <summary>An optional setting under a key: null when the key is absent (or, with errors, when it is wrong).</summary>
    public static Setting<T>? Optional<T>(MapNode parent, string key, TextParser<T> parse) =>
        parent.Optional(key) is { } node ? Read(parent.Context, node, parent.ChildPath(key), FromText(parse)) : null;

    /// <summary>A required setting under a key, parsed from its node (e.g. a list).</summary>
    public static Setting<T>? Required<T>(MapNode parent, string key, NodeParser<T> parse) =>
        parent.Required(key) is { } node ? Read(parent.Context, node, parent.ChildPath(key), parse) : null;

    /// <summary>Reads a value node at a path; null (with errors) when anything is wrong.</summary>
    public static Setting<T>? Read<T>(ReadContext context, YamlNode node, string path, NodeParser<T> parse)
    {
        if (node is YamlScalarNode scalar)
        {
            var example = Scalars.IsEmpty(scalar) ? "..." : scalar.Value;
            context.Error(node, $"{path} needs its value and its source, e.g. {{ value: {example}, source: \"NSURG-2004: ...\" }}.");
            return null;
        }

        var map = MapNode.Open(context, node, path, node.Start, Keys);
        if (map is null)
        {
            return null;
        }

        var valueNode = map.Required("value");
        var parsed = default(T);
        var valueOk = valueNode is not null && parse(context, valueNode, path, out parsed);
        var source = ReadSource(map, path);
        if (!valueOk || source is null)
        {
            return null;
        }

        return new Setting<T>(parsed!, source with { Location = context.Where(valueNode!) });
    }

    /// <summary>Adapts a text parser to a node: the node must be a single value, and a parse error is reported at its line.</summary>
    public static NodeParser<T> FromText<T>(TextParser<T> parse) =>
        (ReadContext context, YamlNode node, string path, [MaybeNullWhen(false)] out T value) =>
        {
            value = default;
            var text = Scalars.Text(context, node, path);
            if (text is null)
            {
                return false;
            }

            if (parse(text, out var parsed, out var error))
            {
                value = parsed;
                return true;
            }

            context.Error(node, $"{path}: {error}");
            return false;
        };

    private static SettingSource? ReadSource(MapNode map, string path)
    {
        var context = map.Context;
        string? citation = null;
        if (map.Optional("source") is { } sourceNode)
        {
            citation = Scalars.Text(context, sourceNode, path + ".source");
        }
        else
        {
            context.Error(map.Anchor, $"{path} has no source: add source: \"KEY: what it says\" (a citation from the reference, or 'ItbPlanner default: ...').");
        }

        var verify = map.Optional("verify") is { } verifyNode ? Scalars.Boolean(context, verifyNode, path + ".verify") : false;
        var byNode = map.Optional("verifiedBy");
        var onNode = map.Optional("verifiedOn");
        var verifiedBy = byNode is null ? null : Scalars.Text(context, byNode, path + ".verifiedBy");
        var verifiedOn = onNode is null ? null : Scalars.Date(context, onNode, path + ".verifiedOn");
        if ((byNode is null) != (onNode is null))
        {
            context.Error((byNode ?? onNode)!, $"{path}: record both verifiedBy and verifiedOn (who checked the value on site, and when), or neither.");
            return null;
        }

        var verificationOk = (byNode is null || verifiedBy is not null) && (onNode is null || (verifiedOn is { } on && PlausibleVerificationDate(context, onNode, path, on)));
        return citation is null || verify is null || !verificationOk ? null : new SettingSource(path, citation, verify.Value, verifiedBy, verifiedOn);
    }

    /// <summary>A site verification is dated from 2000 (<see cref="PlausibleRanges.EarliestVerification"/>) to today.</summary>
    private static bool PlausibleVerificationDate(ReadContext context, YamlNode node, string path, DateOnly on)
    {
        var earliest = PlausibleRanges.EarliestVerification;
        if (on < earliest)
        {
            context.Error(node, $"{path}.verifiedOn {on:yyyy-MM-dd} is before {earliest:yyyy-MM-dd}: write the date the value was checked on site.");
            return false;
        }

        if (context.Today is { } today && on > today)
        {
            context.Error(node, $"{path}.verifiedOn {on:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd}): write the date the value was checked on site.");
            return false;
        }

        return true;
    }
}
