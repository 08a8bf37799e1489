using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.App.Tui.Screens;
using ItbPlanner.App.Tui.Terminal;
using Microsoft.Extensions.DependencyInjection;

namespace ItbPlanner.App.Tui;

/// <summary>
/// <c>itb</c> with no command: the terminal UI on the configured log and protocol, and its composition root (the session
/// its screens work with is built here, from the use cases the host constructs). Only in an interactive terminal:
/// otherwise (stdin or stdout redirected, <c>TERM=dumb</c>, <c>CI</c> set) one line points at the scriptable commands.
/// </summary>
/// <param name="facts">What the UI reads of the process.</param>
/// <param name="services">The host's services, resolved here only.</param>
internal sealed class TuiApp(TerminalFacts facts, IServiceProvider services)
{
    /// <summary>What a non-interactive run prints (on stderr).</summary>
    public const string NotInteractiveMessage =
        "itb: the terminal UI needs an interactive terminal (not redirected, not TERM=dumb, CI unset); every step it offers is also a scriptable command: run 'itb --help'.";

    /// <summary>Whether the UI can run in this environment.</summary>
    public bool CanRun =>
        facts.Interactive
        && !string.Equals(facts.GetVariable("TERM"), "dumb", StringComparison.Ordinal)
        && string.IsNullOrEmpty(facts.GetVariable("CI"));

    /// <summary>Runs the UI until the user quits; false (after one line on stderr) when the terminal is not interactive.</summary>
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
        var terminal = services.GetRequiredService<ITuiTerminal>();
        var clock = services.GetRequiredService<TimeProvider>();
        var user = new[] { facts.GetVariable("ITB_AUTHOR"), facts.GetVariable("USER") }.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));

        terminal.Enter();
        try
        {
            if (user is null)
            {
                var asked = Ask.Text(terminal.Console, "Your name, recorded as the author of what you log (set ITB_AUTHOR to skip this)");
                if (!asked.HasValue)
                {
                    return true;
                }

                user = asked.Value!;
            }

            new Navigator(new HomeScreen()).Run(new TuiSession(terminal.Console, useCases, clock, user));
            return true;
        }
        finally
        {
            terminal.Leave();
        }
    }
}
