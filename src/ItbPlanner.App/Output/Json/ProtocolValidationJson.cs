using System.Globalization;
using System.Text.Json.Nodes;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.App.Output.Json;

/// <summary>
/// <c>itb protocol validate --json</c>: <c>{ file, valid, errors: [ { file, line, message } ], awaitingVerification }</c>.
/// <c>line</c> is null when an error has no line (a setting built in code, an unreadable file). Field names are public:
/// add, never rename.
/// </summary>
internal static class ProtocolValidationJson
{
    /// <summary>Builds the document for a file checked.</summary>
    /// <param name="file">The file checked (or the description of the protocol in force).</param>
    /// <param name="errors">Every error; empty when the file is valid.</param>
    /// <param name="awaitingVerification">Keys of the site-verified settings nobody has verified yet (valid files only).</param>
    public static JsonObject Build(string file, IReadOnlyList<ProtocolError> errors, IEnumerable<string> awaitingVerification) => new()
    {
        ["file"] = file,
        ["valid"] = errors.Count == 0,
        ["errors"] = new JsonArray([.. errors.Select(Error)]),
        ["awaitingVerification"] = new JsonArray([.. awaitingVerification.Select(k => (JsonNode)JsonValue.Create(k))]),
    };

    private static JsonNode Error(ProtocolError error)
    {
        var (file, line) = Split(error.Location);
        return new JsonObject { ["file"] = file, ["line"] = line, ["message"] = error.Message };
    }

    /// <summary>Splits <c>path:line</c>; a location without a trailing line number is all file.</summary>
    private static (string File, int? Line) Split(string location)
    {
        var colon = location.LastIndexOf(':');
        return colon > 0 && int.TryParse(location.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? (location[..colon], line)
            : (location, null);
    }
}
