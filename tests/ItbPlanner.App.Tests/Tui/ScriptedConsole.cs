using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>
/// A Spectre console over a string writer with scripted keys (Spectre.Console.Testing is not available here). ANSI and
/// interactivity are on, as selection prompts require; <see cref="Text"/> strips the escapes.
/// </summary>
internal sealed partial class ScriptedConsole : IAnsiConsole, IDisposable
{
    private readonly StringWriter writer = new();
    private readonly IAnsiConsole inner;
    private readonly ScriptedInput input = new();

    public ScriptedConsole(int width = 120, int height = 60)
    {
        inner = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(writer),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        inner.Profile.Width = width;
        inner.Profile.Height = height;
    }

    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => input;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    /// <summary>Everything written so far, without ANSI escapes.</summary>
    public string Text => Escapes().Replace(writer.ToString(), string.Empty);

    /// <summary>Keys still waiting to be read.</summary>
    public int PendingKeys => input.Count;

    public void Dispose() => writer.Dispose();

    public void Clear(bool home) => inner.Clear(home);

    public void Write(IRenderable renderable) => inner.Write(renderable);

    public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

    /// <summary>Queues typed text.</summary>
    public ScriptedConsole Type(string text)
    {
        foreach (var c in text)
        {
            input.Push(new ConsoleKeyInfo(c, CharKey(c), false, false, false));
        }

        return this;
    }

    /// <summary>Queues typed text then Enter.</summary>
    public ScriptedConsole Line(string text) => Type(text).Enter();

    /// <summary>Queues Enter.</summary>
    public ScriptedConsole Enter() => Key(ConsoleKey.Enter, '\r');

    /// <summary>Queues the down arrow, <paramref name="times"/> times.</summary>
    public ScriptedConsole Down(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Key(ConsoleKey.DownArrow, '\0');
        }

        return this;
    }

    /// <summary>
    /// Chooses a menu entry by typing a word of its label (the menu jumps to the first entry containing it) and pressing
    /// Enter. One word only: in Spectre's menus Space chooses the highlighted entry, as Enter does.
    /// </summary>
    public ScriptedConsole Choose(string word) =>
        word.Contains(' ', StringComparison.Ordinal)
            ? throw new ArgumentException($"'{word}': filter a menu with one word; Space chooses the highlighted entry.", nameof(word))
            : Type(word).Enter();

    public ScriptedConsole Key(ConsoleKey key, char c)
    {
        input.Push(new ConsoleKeyInfo(c, key, false, false, false));
        return this;
    }

    private static ConsoleKey CharKey(char c) => c switch
    {
        >= 'a' and <= 'z' => ConsoleKey.A + (c - 'a'),
        >= 'A' and <= 'Z' => ConsoleKey.A + (c - 'A'),
        >= '0' and <= '9' => ConsoleKey.D0 + (c - '0'),
        ' ' => ConsoleKey.Spacebar,
        _ => ConsoleKey.Oem1,
    };

    [GeneratedRegex(@"\x1B(\[[0-?]*[ -/]*[@-~]|\][^\x07]*\x07|[78])")]
    private static partial Regex Escapes();

    private sealed class ScriptedInput : IAnsiConsoleInput
    {
        private readonly Queue<ConsoleKeyInfo> keys = new();

        public int Count => keys.Count;

        public void Push(ConsoleKeyInfo key) => keys.Enqueue(key);

        public bool IsKeyAvailable() => keys.Count > 0;

        public ConsoleKeyInfo? ReadKey(bool intercept) =>
            keys.Count > 0 ? keys.Dequeue() : throw new InvalidOperationException("The script ran out of keys: the UI asked for more input than the test gave.");

        public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
    }
}
