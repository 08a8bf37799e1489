using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ItbPlanner.Domain.Errors;

namespace ItbPlanner.App.Output.Json;

/// <summary>
/// A command refused by a protocol hard limit under <c>--json</c> (exit 3) still prints its JSON object on stdout: the
/// fields known when the limit refused it, named as on success (all of them when the calculation was complete, as for a
/// refill refused for its booking), its <c>alerts</c> with the blocking one, its <c>working</c> when known, and
/// <c>blockedBy</c>, the blocking alert's code. The one-line error still goes to stderr.
/// </summary>
internal static class RefusalJson
{
    /// <summary>The object for a refusal.</summary>
    /// <param name="limit">The refusal.</param>
    /// <param name="known">The fields the command knew, or null: then only the protocol's title is known.</param>
    /// <param name="protocolTitle">The protocol in force, when it was loaded.</param>
    public static JsonObject Build(ProtocolLimitException limit, JsonObject? known, string? protocolTitle)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var json = known ?? (protocolTitle is null ? [] : new JsonObject { ["protocol"] = protocolTitle });
        var alerts = limit.Alerts.Contains(limit.Blocking) ? limit.Alerts : [limit.Blocking, .. limit.Alerts];
        json["alerts"] = JsonSerializer.SerializeToNode(AlertJson.From(alerts.Distinct().OrderByDescending(a => a.Severity)), RefusalJsonContext.Default.AlertJsonArray);
        if (limit.Working.Count > 0)
        {
            json["working"] = JsonSerializer.SerializeToNode([.. limit.Working], RefusalJsonContext.Default.StringArray);
        }

        json["blockedBy"] = limit.Code;
        return json;
    }

    /// <summary>A success-shaped record as an object, to fill in what a refusal knows.</summary>
    public static JsonObject Fields<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToNode(value, typeInfo)!.AsObject();
}

/// <summary>Source-generated JSON metadata for the parts of a refusal.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AlertJson[]))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class RefusalJsonContext : JsonSerializerContext;
