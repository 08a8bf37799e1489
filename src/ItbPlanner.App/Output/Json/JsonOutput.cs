using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ItbPlanner.App.Output.Json;

/// <summary>Writes one JSON document on stdout with source-generated metadata.</summary>
internal static class JsonOutput
{
    /// <summary>Decimal places kept in JSON numbers: exact enough for scripts, never display-rounded.</summary>
    public const int Decimals = 6;

    /// <summary>Writes a value followed by a newline.</summary>
    public static void Write<T>(TextWriter writer, T value, JsonTypeInfo<T> typeInfo)
    {
        // Relaxed escaping keeps ÷, × and µ readable in the working lines; the output is not embedded in HTML.
        using var buffer = new ChunkedUtf8Buffer();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(json, value, typeInfo);
        }

        buffer.WriteTo(writer);
        writer.WriteLine();
    }

    /// <summary>Writes a JSON node, indented and readable as <see cref="Write{T}"/> writes, followed by a newline.</summary>
    public static void Write(TextWriter writer, System.Text.Json.Nodes.JsonNode node)
    {
        using var buffer = new ChunkedUtf8Buffer();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            node.WriteTo(json);
        }

        buffer.WriteTo(writer);
        writer.WriteLine();
    }

    /// <summary>A number for JSON: rounded to <see cref="Decimals"/> places (half to even), without trailing zeros.</summary>
    public static decimal Number(decimal value) =>
        Math.Round(value, Decimals, MidpointRounding.ToEven) / 1.000000000000000000000000000000000m;
}
