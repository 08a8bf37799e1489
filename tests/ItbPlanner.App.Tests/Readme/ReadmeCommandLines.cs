using System.Text;
using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Readme;

/// <summary>
/// The command lines of the README's <c>bash</c> blocks, as a reader would type them: comments dropped, backslash
/// continuations joined, and the words split as a POSIX shell splits them (quotes, no expansions). A line may end with a
/// comment <c># exits N</c> to say it is meant to fail with that code.
/// </summary>
internal static class ReadmeCommandLines
{
    /// <summary>One command line: where it is, what it says, and the exit code it is meant to have.</summary>
    public sealed record Line(int Number, string Text, IReadOnlyList<string> Words, int ExpectedExit);

    /// <summary>Every command line of the README's bash blocks, in order.</summary>
    public static IReadOnlyList<Line> Read()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("README.md"));
        var result = new List<Line>();
        var inBash = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            if (raw.StartsWith("```", StringComparison.Ordinal))
            {
                inBash = !inBash && raw.Trim() == "```bash";
                continue;
            }

            if (!inBash)
            {
                continue;
            }

            var number = i + 1;
            var text = raw;
            while (text.TrimEnd().EndsWith('\\') && i + 1 < lines.Length)
            {
                text = text.TrimEnd()[..^1] + " " + lines[++i].Trim();
            }

            var (command, comment) = SplitComment(text);
            if (command.Length == 0)
            {
                continue;
            }

            var expected = comment is not null && comment.StartsWith("exits ", StringComparison.Ordinal) && int.TryParse(comment.AsSpan(6, 1), out var code) ? code : 0;
            result.Add(new Line(number, command, Words(command), expected));
        }

        return result;
    }

    private static (string Command, string? Comment) SplitComment(string text)
    {
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                return (text[..i].Trim(), text[(i + 1)..].Trim());
            }
        }

        return (text.Trim(), null);
    }

    private static List<string> Words(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var quote = '\0';
        foreach (var c in command)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
