using ItbPlanner.App.Tui.Forms;
using ItbPlanner.App.Tui.Shell;
using Microsoft.Extensions.DependencyInjection;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ItbPlanner.App.Tui;

/// <summary>
/// <c>itb</c> with no command: the bedside app on Terminal.Gui, on the configured log and protocol, and its composition
/// root (its session is built here from the use cases the host constructs). Only in an interactive terminal: otherwise
/// (stdin or stdout redirected, <c>TERM=dumb</c>, <c>CI</c> set) one line points at the scriptable commands.
/// </summary>
/// <param name="facts">What the app reads of the process.</param>
/// <param name="services">The host's services, resolved here only.</param>
internal sealed class TuiApp(TerminalFacts facts, IServiceProvider services)
{
    /// <summary>What a non-interactive run prints (on stderr).</summary>
    public const string NotInteractiveMessage =
        "itb: the terminal UI needs an interactive terminal (not redirected, not TERM=dumb, CI unset); every step it offers is also a scriptable command: run 'itb --help'.";

    /// <summary>Whether the app can run in this environment.</summary>
    public bool CanRun =>
        facts.Interactive
        && !string.Equals(facts.GetVariable("TERM"), "dumb", StringComparison.Ordinal)
        && string.IsNullOrEmpty(facts.GetVariable("CI"));

    /// <summary>Runs the app until the user quits; false (after one line on stderr) when the terminal is not interactive.</summary>
    public bool Run()
    {
        if (!CanRun)
        {
            facts.Error.WriteLine(NotInteractiveMessage);
            return false;
        }

        // Load the protocol and open the log before taking over the screen, so their errors print as one plain line.
        var useCases = services.GetRequiredService<TuiUseCases>();
        _ = useCases.Register.OpenLog();
        var clock = services.GetRequiredService<TimeProvider>();
        var user = new[] { facts.GetVariable("ITB_AUTHOR"), facts.GetVariable("USER") }.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));

        using var app = services.GetRequiredService<ITerminalApplicationFactory>().Create();
        user ??= AskAuthor(app);
        if (user is null)
        {
            return true;
        }

        using var main = new MainWindow(new BedsideSession(app, useCases, clock, user));
        app.Run(main);
        return true;
    }

    private static string? AskAuthor(Terminal.Gui.App.IApplication app)
    {
        using var dialog = new Dialog { Title = "Who is logging?", Width = 60, Height = 8 };
        var label = new PlainLabel { Text = "Your name, recorded as the author of what you log\n(set ITB_AUTHOR to skip this):", X = 1, Y = 0 };
        var name = new TextField { X = 1, Y = 3, Width = Dim.Fill(2) };
        string? chosen = null;
        var ok = new Button { Text = "OK", IsDefault = true };
        ok.Accepting += (_, e) =>
        {
            e.Handled = true;
            if (!string.IsNullOrWhiteSpace(name.Text))
            {
                chosen = name.Text.Trim();
                app.RequestStop(dialog);
            }
        };
        dialog.Add(label, name);
        dialog.AddButton(ok);
        app.Run(dialog);
        return chosen;
    }
}
