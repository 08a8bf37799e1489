using System.Text;

namespace ItbPlanner.App.Output;

/// <summary>
/// A writer for plain text on a terminal stream (stdout lines, stderr): every control character but the line break is
/// shown escaped (<see cref="TerminalText.Clean"/>), so text from the log or a mistyped value cannot act on the terminal.
/// JSON is unaffected (its encoder already escapes control characters); Spectre's own colour codes do not pass here.
/// </summary>
/// <param name="inner">The stream written to.</param>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (value is '\n' or '\r')
        {
            inner.Write(value);
        }
        else
        {
            inner.Write(TerminalText.Clean(value.ToString()));
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value) => inner.Write(Clean(value));

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc/>
    public override void WriteLine(string? value) => inner.WriteLine(Clean(value));

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();

    private static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value) || TerminalText.IsClean(value, keepLineBreaks: true))
        {
            return value ?? string.Empty;
        }

        var lines = value.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var carriage = line.EndsWith('\r');
            lines[i] = TerminalText.Clean(carriage ? line[..^1] : line) + (carriage ? "\r" : string.Empty);
        }

        return string.Join('\n', lines);
    }
}
