using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ItbPlanner.App.Output.Json;

/// <summary>Writes one JSON document on stdout with source-generated metadata.</summary>
internal static class JsonOutput
{
    /// <summary>Decimal places kept in JSON numbers: exact enough for scripts, never display-rounded.</summary>
    public const int Decimals = 6;

    /// <summary>
    /// Writes a value followed by a newline, streamed: the serialiser hands over about 16 KB at a time and each piece is
    /// printed before the next is made, so a clinic's schedule is never held whole as text. Everything the document says
    /// is computed before the first byte; a document cut short (a closed pipe) is never valid JSON, so no script can take
    /// it for a whole answer (docs/decisions.md, "Output at clinic scale").
    /// </summary>
    public static void Write<T>(TextWriter writer, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(typeInfo);

        // Relaxed escaping keeps ÷, × and µ readable in the working lines; the output is not embedded in HTML. The
        // context's own options are copied (same resolver and names) with it, so its metadata serves the copy.
        var options = new JsonSerializerOptions(typeInfo.Options) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var stream = new Utf8TextStream(writer))
        {
            JsonSerializer.Serialize(stream, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }

        writer.WriteLine();
    }

    /// <summary>Writes a JSON node, indented and readable as <see cref="Write{T}"/> writes, followed by a newline.</summary>
    public static void Write(TextWriter writer, System.Text.Json.Nodes.JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(node);
        using (var stream = new Utf8TextStream(writer))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            node.WriteTo(json);
        }

        writer.WriteLine();
    }

    /// <summary>A number for JSON: rounded to <see cref="Decimals"/> places (half to even), without trailing zeros.</summary>
    public static decimal Number(decimal value) =>
        Math.Round(value, Decimals, MidpointRounding.ToEven) / 1.000000000000000000000000000000000m;
}
