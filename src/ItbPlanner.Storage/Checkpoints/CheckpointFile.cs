using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;
using ItbPlanner.Domain.Log;
using ItbPlanner.Files;

namespace ItbPlanner.Storage.Checkpoints;

/// <summary>
/// The checkpoint file: JSON holding <c>format</c> (<see cref="LogCheckpoint.Format"/>), <c>createdAt</c>,
/// <c>applicationId</c>, <c>patients</c>, <c>events</c>, <c>heads</c> (<c>[{patientId, seq, hash}]</c>), <c>digest</c>,
/// <c>keyId</c> and <c>signature</c> (base64). Only the signed fields count: <c>patients</c>, <c>events</c> and
/// <c>digest</c> are there for people and are checked against them on reading.
/// </summary>
public static class CheckpointFile
{
    /// <summary>The checkpoint as JSON text, indented, ending in a line feed.</summary>
    public static string Write(LogCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", LogCheckpoint.Format);
            json.WriteString("createdAt", LogTimestamp.Format(checkpoint.CreatedAt));
            json.WriteString("applicationId", "0x" + checkpoint.ApplicationId.ToString("x8", CultureInfo.InvariantCulture));
            json.WriteNumber("patients", checkpoint.Heads.Count);
            json.WriteNumber("events", checkpoint.Events);
            json.WriteStartArray("heads");
            foreach (var head in LogCheckpoint.Ordered(checkpoint.Heads))
            {
                json.WriteStartObject();
                json.WriteString("patientId", head.PatientId.Value);
                json.WriteNumber("seq", head.Seq);
                json.WriteString("hash", head.Hash);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("digest", checkpoint.Digest);
            json.WriteString("keyId", checkpoint.KeyId);
            json.WriteString("signature", checkpoint.Signature);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reads a checkpoint file.</summary>
    /// <exception cref="CheckpointException">The file is missing, unreadable, or not a checkpoint of this format.</exception>
    public static LogCheckpoint Read(string path)
    {
        if (!BoundedTextFile.TryRead(path, out var text, out var problem, out var message))
        {
            throw new CheckpointException(path, $"Cannot read the checkpoint {path}: {(problem == BoundedTextFileProblem.NotFound ? "no such file" : message)}; write one with 'itb log checkpoint'.");
        }

        return Parse(text, path);
    }

    /// <summary>Reads checkpoint JSON.</summary>
    /// <exception cref="CheckpointException">It is not a checkpoint of this format.</exception>
    public static LogCheckpoint Parse(string text, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var format = root.GetProperty("format").GetString();
            if (!string.Equals(format, LogCheckpoint.Format, StringComparison.Ordinal))
            {
                throw new CheckpointException(path, $"{path} is not an ItbPlanner checkpoint of format {LogCheckpoint.Format} (it says '{format}').");
            }

            var heads = root.GetProperty("heads").EnumerateArray().Select(h => new CheckpointHead(
                new PatientId(h.GetProperty("patientId").GetString()!),
                h.GetProperty("seq").GetInt64(),
                h.GetProperty("hash").GetString()!)).ToArray();
            var applicationId = root.GetProperty("applicationId").GetString() ?? string.Empty;
            return new LogCheckpoint(
                LogTimestamp.Parse(root.GetProperty("createdAt").GetString()!),
                applicationId.StartsWith("0x", StringComparison.Ordinal)
                    ? long.Parse(applicationId.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
                    : throw new FormatException($"applicationId '{applicationId}' is not hexadecimal like 0x49544250"),
                heads,
                root.GetProperty("keyId").GetString()!,
                root.GetProperty("signature").GetString()!);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            throw new CheckpointException(path, $"{path} is not a readable checkpoint ({e.Message.Split('\n')[0].TrimEnd('.')}); give a file written by 'itb log checkpoint'.", e);
        }
    }
}
