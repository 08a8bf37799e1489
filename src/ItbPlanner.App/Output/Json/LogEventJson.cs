using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Output.Json;

/// <summary>
/// Events and patients as JSON for <c>itb log show --json</c>, <c>itb log export --format json</c> and the patient commands.
/// An event carries every stored field (<c>seq</c>, <c>patientId</c>, <c>kind</c>, <c>occurredAt</c>, <c>recordedAt</c>,
/// <c>author</c>, <c>reason</c>, <c>correctsSeq</c>, <c>payload</c>, <c>prevHash</c>, <c>hash</c>), moments in the hashed
/// UTC form, so anyone can recompute the hashes from the output; <c>voided</c> and <c>lateEntry</c> (recorded after a
/// later-dated event) are readings of the log, not stored fields. Field names are public: add, never rename.
/// </summary>
internal static class LogEventJson
{
    /// <summary>Indented, with µ and other text left readable.</summary>
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One event.</summary>
    public static JsonObject Event(LogEvent e, bool voided = false, bool late = false)
    {
        ArgumentNullException.ThrowIfNull(e);
        JsonNode? payload;
        try
        {
            payload = JsonNode.Parse(e.PayloadJson);
        }
        catch (JsonException)
        {
            payload = JsonValue.Create(e.PayloadJson);
        }

        var json = new JsonObject
        {
            ["seq"] = e.Seq,
            ["patientId"] = e.PatientId.Value,
            ["kind"] = LogCodes.Code(e.Kind),
            ["occurredAt"] = LogTimestamp.Format(e.OccurredAt),
            ["recordedAt"] = LogTimestamp.Format(e.RecordedAt),
            ["author"] = e.Author,
            ["reason"] = e.Reason,
            ["correctsSeq"] = e.CorrectsSeq,
            ["payload"] = payload,
            ["prevHash"] = e.PrevHash,
            ["hash"] = e.Hash,
        };
        if (voided)
        {
            json["voided"] = true;
        }

        if (late)
        {
            json["lateEntry"] = true;
        }

        return json;
    }

    /// <summary>Events as an array, marking those a later correction voids and the late entries.</summary>
    public static JsonArray Events(IReadOnlyList<LogEvent> events, IReadOnlySet<long> voided, IReadOnlySet<long>? late = null) =>
        [.. events.Select(e => (JsonNode)Event(e, voided.Contains(e.Seq), late?.Contains(e.Seq) == true))];

    /// <summary>
    /// Writes events as an array (as <see cref="Events"/> would hold them, indented alike) one at a time, flushing to the
    /// writer every few hundred, so memory does not grow with the number of events.
    /// </summary>
    public static void WriteEvents(TextWriter writer, IEnumerable<LogEvent> events, IReadOnlySet<long> voided, IReadOnlySet<long>? late = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(voided);
        const int FlushEvery = 256;
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder });
        json.WriteStartArray();
        var pending = 0;
        foreach (var e in events)
        {
            Event(e, voided.Contains(e.Seq), late?.Contains(e.Seq) == true).WriteTo(json, Options);
            if (++pending == FlushEvery)
            {
                Drain();
                pending = 0;
            }
        }

        json.WriteEndArray();
        Drain();
        writer.WriteLine();

        void Drain()
        {
            json.Flush();
            writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }
    }

    /// <summary>A patient's details (the same form as in their registration payload).</summary>
    public static JsonNode Patient(Patient patient) => JsonNode.Parse(LogJson.Serialize(patient))!;

    /// <summary>Writes a node on its own lines.</summary>
    public static void Write(TextWriter writer, JsonNode node) => writer.WriteLine(node.ToJsonString(Options));
}
