using ItbPlanner.App.Output;
using ItbPlanner.App.Tui.Navigation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tui.Views;

/// <summary>The frame around every screen: a title rule with context, and the help line of keys.</summary>
internal static class ChromeView
{
    /// <summary>The keys every menu understands.</summary>
    public const string MenuHelp = "Keys: ↑/↓ or type a word to find · Enter/Space choose · Back, Cancel: last choices · text field: type back or cancel";

    /// <summary>The keys of the home screen, which has Quit instead of Back and Cancel.</summary>
    public const string HomeHelp = "Keys: ↑/↓ or type a word to find · Enter/Space choose · Quit leaves (every confirmed step is already in the log)";

    /// <summary>The header of a screen.</summary>
    public static IRenderable Header(string title, string help, TuiSession session) => Header(title, help, session.Today, session.User, session.Protocol.Title);

    /// <summary>The header from its parts.</summary>
    public static IRenderable Header(string title, string help, DateOnly today, string user, string protocolTitle) => new Rows(
        new Rule($"[bold aqua]ItbPlanner[/] · [bold]{TerminalText.Markup(title)}[/]") { Justification = Justify.Left },
        new Markup($"[grey]{today:yyyy-MM-dd} ({today.DayOfWeek}) · user {TerminalText.Markup(user)} · protocol {TerminalText.Markup(protocolTitle)}[/]"),
        new Markup($"[grey]{TerminalText.Markup(help)}[/]"),
        Text.Empty);
}
