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
    /// <summary>What a README command line is to the tests.</summary>
    public enum LineKind
    {
        /// <summary>Neither an itb command nor one the tests know: the README test fails on it.</summary>
        Unknown,

        /// <summary>An itb command (as <c>itb ...</c> or <c>dotnet run --project src/ItbPlanner.App -- ...</c>): run.</summary>
        Itb,

        /// <summary>A line run elsewhere (build, tests, install, the terminal UI).</summary>
        Skipped,
    }

    /// <summary>One command line: where it is, what it says, and the exit code it is meant to have.</summary>
    public sealed record Line(int Number, string Text, IReadOnlyList<string> Words, int ExpectedExit)
    {
        /// <summary>What the line is to the tests.</summary>
        public LineKind Kind => Command switch
        {
            ["itb", ..] => LineKind.Itb,
            ["dotnet", "run", "--project", "src/ItbPlanner.App", "--", ..] => LineKind.Itb,

            // Run elsewhere: the UI needs a terminal (the tmux end-to-end test runs it), the tests are this run itself,
            // and the build and install lines are what CI does before the tests.
            ["dotnet", "run", "--project", "src/ItbPlanner.App"] => LineKind.Skipped,
            ["dotnet", "test", ..] or ["dotnet", "build", ..] or ["dotnet", "publish", ..] => LineKind.Skipped,
            ["bash", "tests/e2e/tui.sh", ..] or ["bash", ".ci/run"] or ["bash", "bench/run.sh", ..] or ["bash", "bench/startup.sh", ..] => LineKind.Skipped,

            // The install line publishes the Native AOT binary (minutes of native compilation), writes under ~/.local and
            // then opens the interactive app: none of that belongs in a unit test. CI runs the script itself
            // (.ci/run, with a temporary --prefix and --no-run) and the end-to-end test against what it installed.
            ["bash", "scripts/install.sh", ..] => LineKind.Skipped,
            _ => LineKind.Unknown,
        };

        /// <summary>The leading <c>NAME=value</c> assignments (environment variables for the command).</summary>
        public IEnumerable<(string Name, string Value)> Assignments =>
            Words.TakeWhile(IsAssignment).Select(w => (w[..w.IndexOf('=', StringComparison.Ordinal)], w[(w.IndexOf('=', StringComparison.Ordinal) + 1)..]));

        /// <summary>The arguments given to <c>itb</c> (after <c>itb</c>, or after <c>--</c> of <c>dotnet run</c>).</summary>
        public IEnumerable<string> ItbArguments =>
            Command[0] == "itb" ? Command.Skip(1) : Command.SkipWhile(w => w != "--").Skip(1);

        /// <summary>The words after any leading <c>NAME=value</c> assignments.</summary>
        private string[] Command => [.. Words.SkipWhile(IsAssignment)];

        private static bool IsAssignment(string word) =>
            word.IndexOf('=', StringComparison.Ordinal) is > 0 and var at && word[..at].All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');
    }

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
