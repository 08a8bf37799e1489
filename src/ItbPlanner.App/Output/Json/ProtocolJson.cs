using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ItbPlanner.Application.Protocols;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.App.Output.Json;

/// <summary>
/// <c>itb protocol show --json</c>: the protocol's name, version and location, and every setting keyed by its path
/// with value, source, verify, verifiedBy, verifiedOn and location.
/// </summary>
internal static class ProtocolJson
{
    /// <summary>Indented, and µ/– left readable.</summary>
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds the document.</summary>
    public static JsonObject Build(Protocol protocol)
    {
        var settings = new JsonObject();
        foreach (var entry in ProtocolSettings.All(protocol))
        {
            settings[entry.Key] = new JsonObject
            {
                ["value"] = entry.Value,
                ["source"] = entry.Source.Citation,
                ["verify"] = entry.Source.Verify,
                ["verifiedBy"] = entry.Source.VerifiedBy,
                ["verifiedOn"] = entry.Source.VerifiedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["location"] = entry.Source.Location,
            };
        }

        return new JsonObject
        {
            ["name"] = protocol.Name,
            ["version"] = protocol.Version,
            ["location"] = protocol.Location,
            ["pumps"] = new JsonArray([.. protocol.Pumps.Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["name"] = p.Name, ["kind"] = p.Kind.ToString().ToLowerInvariant() })]),
            ["settings"] = settings,
        };
    }
}
