using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ItbPlanner.Domain.Log;

/// <summary>
/// The hash that seals a log event, and the exact bytes it is computed over. The canonical form is UTF-8 text:
/// <code>
/// itb-log-event/1\n
/// patient=&lt;n&gt;:&lt;value&gt;\n
/// seq=&lt;n&gt;:&lt;value&gt;\n
/// occurredAt=…  recordedAt=…  author=…  kind=…  payload=…  reason=…  corrects=…  prevHash=…
/// </code>
/// one line per field in that order, each <c>name=</c>, the value's length in UTF-8 bytes in decimal, <c>:</c>, the value,
/// and a line feed; an absent value (no reason, corrects nothing) is written <c>name=-</c>. The length prefix makes the
/// form unambiguous whatever the text holds (line feeds in a reason, <c>=</c> in a note). Values: patient id as typed;
/// seq and corrects in invariant decimal; moments as <see cref="LogTimestamp"/> (UTC, 7 fractional digits); kind as its
/// <see cref="LogCodes"/> code; payload as the stored JSON text, byte for byte; prevHash as 64 lowercase hex digits
/// (<see cref="Genesis"/> for sequence 1). The hash is SHA-256 of those bytes, 64 lowercase hex digits.
/// </summary>
public static class EventHash
{
    /// <summary>The first line of the canonical form; changes only with a new version of the form.</summary>
    public const string FormatVersion = "itb-log-event/1";

    /// <summary>The previous hash of a patient's first event: 64 zeros.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The canonical bytes of an event (every field except <see cref="LogEvent.Hash"/>).</summary>
    public static byte[] CanonicalBytes(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var text = new StringBuilder(256 + logEvent.PayloadJson.Length);
        text.Append(FormatVersion).Append('\n');
        Field(text, "patient", logEvent.PatientId.Value);
        Field(text, "seq", logEvent.Seq.ToString(CultureInfo.InvariantCulture));
        Field(text, "occurredAt", LogTimestamp.Format(logEvent.OccurredAt));
        Field(text, "recordedAt", LogTimestamp.Format(logEvent.RecordedAt));
        Field(text, "author", logEvent.Author);
        Field(text, "kind", LogCodes.Code(logEvent.Kind));
        Field(text, "payload", logEvent.PayloadJson);
        Field(text, "reason", logEvent.Reason);
        Field(text, "corrects", logEvent.CorrectsSeq?.ToString(CultureInfo.InvariantCulture));
        Field(text, "prevHash", logEvent.PrevHash);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>SHA-256 of the canonical bytes, lowercase hex.</summary>
    public static string Compute(LogEvent logEvent) => Convert.ToHexStringLower(SHA256.HashData(CanonicalBytes(logEvent)));

    private static void Field(StringBuilder text, string name, string? value)
    {
        text.Append(name).Append('=');
        if (value is null)
        {
            text.Append('-');
        }
        else
        {
            text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        text.Append('\n');
    }
}
