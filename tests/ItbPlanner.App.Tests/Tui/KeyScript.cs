using System.Text.RegularExpressions;
using Spectre.Console.Testing;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>
/// Key scripts on Spectre's <see cref="TestConsole"/>: typed text, Enter, other keys and menu choices, queued before the UI
/// runs, through <see cref="TestConsoleInput"/>; <see cref="Screen"/> is everything written, without ANSI escapes.
/// </summary>
internal static partial class KeyScript
{
    /// <summary>A console as the terminal UI gets it: 120×60, interactive, no colours in the text.</summary>
    public static TestConsole Terminal() => new TestConsole().Width(120).Height(60).Interactive();

    /// <summary>Queues typed text.</summary>
    public static TestConsole Type(this TestConsole keys, string text)
    {
        keys.Input.PushText(text);
        return keys;
    }

    /// <summary>Queues typed text then Enter.</summary>
    public static TestConsole Line(this TestConsole keys, string text)
    {
        keys.Input.PushTextWithEnter(text);
        return keys;
    }

    /// <summary>Queues Enter.</summary>
    public static TestConsole Enter(this TestConsole keys) => keys.Key(ConsoleKey.Enter);

    /// <summary>
    /// Chooses a menu entry by typing a word of its label (the menu jumps to the first entry containing it) and pressing
    /// Enter. One word only: in Spectre's menus Space chooses the highlighted entry, as Enter does.
    /// </summary>
    public static TestConsole Choose(this TestConsole keys, string word) =>
        word.Contains(' ', StringComparison.Ordinal)
            ? throw new ArgumentException($"'{word}': filter a menu with one word; Space chooses the highlighted entry.", nameof(word))
            : keys.Type(word).Enter();

    /// <summary>Queues one key.</summary>
    public static TestConsole Key(this TestConsole keys, ConsoleKey key)
    {
        keys.Input.PushKey(key);
        return keys;
    }

    /// <summary>Everything written so far, without ANSI escapes (clearing the screen writes some even without colours).</summary>
    public static string Screen(this TestConsole keys) => Escapes().Replace(keys.Output, string.Empty);

    [GeneratedRegex(@"\x1B(\[[0-?]*[ -/]*[@-~]|\][^\x07]*\x07|[78])")]
    private static partial Regex Escapes();
}
