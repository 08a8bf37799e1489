using ItbPlanner.App.Tui.Navigation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tui.Views;

/// <summary>The frame around every screen: a title rule with context, and the help line of keys.</summary>
internal static class ChromeView
{
    /// <summary>The keys every menu understands.</summary>
    public const string MenuHelp = "↑/↓ move · Enter choose · type to filter · Back / Cancel are the last choices";

    /// <summary>The header of a screen.</summary>
    public static IRenderable Header(string title, TuiSession session) => new Rows(
        new Rule($"[bold aqua]ItbPlanner[/] · [bold]{Markup.Escape(title)}[/]") { Justification = Justify.Left },
        new Markup($"[grey]{session.Today:yyyy-MM-dd} · {Markup.Escape(session.User)} · protocol {Markup.Escape(session.Protocol.Title)}[/]"),
        new Markup($"[grey]{Markup.Escape(MenuHelp)}[/]"),
        Text.Empty);
}
