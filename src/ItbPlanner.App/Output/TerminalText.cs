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
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            clean.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\u001b' => "\\e",
                _ when IsUnsafe(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return clean.ToString();
    }

    private static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c != '\t') || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
