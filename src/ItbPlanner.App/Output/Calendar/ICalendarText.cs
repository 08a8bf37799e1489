using System.Text;

namespace ItbPlanner.App.Output.Calendar;

/// <summary>
/// Builds RFC 5545 content lines: TEXT values escaped (section 3.3.11), lines folded at 75 octets with CRLF and one space
/// (section 3.1) without splitting a UTF-8 character, every line ending in CRLF.
/// </summary>
internal sealed class ICalendarText
{
    /// <summary>The longest content line, in octets, before folding.</summary>
    public const int MaxOctets = 75;

    private readonly StringBuilder text = new();

    /// <summary>Adds a content line (name, optional parameters, colon, value), folding it as needed.</summary>
    public ICalendarText Line(string contentLine)
    {
        var octets = 0;
        foreach (var rune in contentLine.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
        return this;
    }

    /// <summary>Escapes a TEXT value: backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => text.ToString();
}
