using System.Globalization;
using System.Text;

namespace ItbPlanner.App.Output;

/// <summary>
/// Text that came from a user or from the log (labels, notes, reasons, a mistyped option value) made safe to print on a
/// terminal: control characters and escape sequences are shown as visible escapes (<c>\n</c>, <c>\e</c>, <c>\u0007</c>)
/// instead of acting on the terminal, so nothing typed into a record can clear the screen, retitle the window, hide a
/// CRITICAL line, reorder text with bidirectional controls, or break an error into several lines.
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with every control character (C0 but the tab, DEL, C1, and Unicode format controls such as bidi overrides) escaped.</summary>
    public static string Clean(string? text) => CleanText(text, keepLineBreaks: false);

    /// <summary>
    /// Text for Spectre markup: control characters escaped as <see cref="Clean(string?)"/> does, but line breaks kept (a
    /// table cell may hold several lines; a break cannot act on the terminal), then markup brackets escaped.
    /// </summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(CleanText(text, keepLineBreaks: true));

    private static string CleanText(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        if (IsClean(text, keepLineBreaks))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            clean.Append(c switch
            {
                '\n' when keepLineBreaks => "\n",
                '\n' => "\\n",
                '\r' => "\\r",
                '\u001b' => "\\e",
                _ when IsUnsafe(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return clean.ToString();
    }

    /// <summary>Whether no character of the text would be escaped (line breaks allowed when <paramref name="keepLineBreaks"/>).</summary>
    public static bool IsClean(ReadOnlySpan<char> text, bool keepLineBreaks)
    {
        // Printable ASCII is always safe: it is skipped in vectorised steps, and only the rest is looked at one by one
        // (a schedule's JSON is megabytes, almost all of it ASCII).
        while (true)
        {
            var next = text.IndexOfAnyExceptInRange(' ', '~');
            if (next < 0)
            {
                return true;
            }

            var c = text[next];
            if (IsUnsafe(c) && !(keepLineBreaks && c == '\n'))
            {
                return false;
            }

            text = text[(next + 1)..];
        }
    }

    private static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c != '\t') || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
