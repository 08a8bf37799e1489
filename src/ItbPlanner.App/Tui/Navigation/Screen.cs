using ItbPlanner.App.Output;
using ItbPlanner.App.Tui.Views;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tui.Navigation;

/// <summary>
/// One screen of the bedside UI: it renders, asks, and says where to go next. Screens write to the log only at their
/// final confirmation.
/// </summary>
internal abstract class Screen
{
    /// <summary>The title shown in the header.</summary>
    public abstract string Title { get; }

    /// <summary>The keys line shown under the header.</summary>
    public virtual string Help => ChromeView.MenuHelp;

    /// <summary>Runs the screen once.</summary>
    public abstract Navigation Run(TuiSession session);

    /// <summary>Clears the terminal and draws the header, the help line and the body.</summary>
    protected void Show(TuiSession session, params IRenderable[] body)
    {
        session.Console.Clear(home: true);
        session.Console.Write(ChromeView.Header(Title, Help, session));
        if (session.TakeNotice() is { } notice)
        {
            session.Console.MarkupLine($"[green]{TerminalText.Markup(notice)}[/]");
        }

        // Rows ends every part with a line break, so the prompt that follows starts on a line of its own.
        session.Console.Write(new Rows(Stack.Shown(body)));
    }
}
