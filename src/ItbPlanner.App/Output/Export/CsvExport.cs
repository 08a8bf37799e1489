using System.Globalization;
using System.Text;
using System.Text.Json;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Output.Export;

/// <summary>
/// A patient's log as CSV (RFC 4180, CRLF): one row per event; fixed columns first, then one column per payload field
/// named <c>payload.FIELD</c> with the unit in the name as the payload spells it (<c>payload.doseMcgPerDay</c>,
/// <c>payload.aspiratedMl</c>), nested fields joined with dots, lists as JSON. Text that a spreadsheet would run as a
/// formula (starting with = + @ or a non-numeric -) is prefixed with an apostrophe. A <c>lateEntry</c> column before the
/// hashes marks events recorded after a later-dated one.
/// </summary>
internal static class CsvExport
{
    private static readonly string[] Leading = ["seq", "occurredAt", "recordedAt", "kind", "author", "reason", "correctsSeq", "voided", "summary"];

    /// <summary>Builds the CSV text.</summary>
    public static string Build(IReadOnlyList<LogEvent> events, IReadOnlySet<long> voided)
    {
        var late = LateEntries.Of(events);
        var rows = events.Select(e => (Event: e, Fields: Flatten(e.PayloadJson))).ToArray();
        var payloadColumns = rows.SelectMany(r => r.Fields.Keys).Distinct(StringComparer.Ordinal).ToArray();
        var csv = new StringBuilder();
        Line(csv, [.. Leading, .. payloadColumns.Select(c => "payload." + c), "lateEntry", "prevHash", "hash"]);
        foreach (var (e, fields) in rows)
        {
            Line(csv,
            [
                e.Seq.ToString(CultureInfo.InvariantCulture),
                LogTimestamp.Format(e.OccurredAt),
                LogTimestamp.Format(e.RecordedAt),
                LogCodes.Code(e.Kind),
                e.Author,
                e.Reason ?? string.Empty,
                e.CorrectsSeq?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                voided.Contains(e.Seq) ? "true" : "false",
                EventSummary.Describe(e),
                .. payloadColumns.Select(c => fields.GetValueOrDefault(c, string.Empty)),
                late.Contains(e.Seq) ? "true" : "false",
                e.PrevHash,
                e.Hash,
            ]);
        }

        return csv.ToString();
    }

    private static Dictionary<string, string> Flatten(string json)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            Flatten(document.RootElement, string.Empty, fields);
        }
        catch (JsonException)
        {
            fields["unreadable"] = json;
        }

        return fields;
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> fields)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            fields[prefix] = element.ValueKind switch
            {
                JsonValueKind.String => element.GetString() ?? string.Empty,
                JsonValueKind.Null => string.Empty,
                _ => element.GetRawText(),
            };
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}", fields);
        }
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && (value[0] is '=' or '+' or '@' or '\t' or '\r' || (value[0] == '-' && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
