using ItbPlanner.App.Cli;
using ItbPlanner.App.Tui.Navigation;
using ItbPlanner.App.Tui.Prompts;
using ItbPlanner.App.Tui.Records;
using ItbPlanner.App.Tui.Screens;
using ItbPlanner.App.Tui.Terminal;
using Microsoft.Extensions.DependencyInjection;

namespace ItbPlanner.App.Tui;

/// <summary>
/// <c>itb</c> with no command: the terminal UI on the configured log and protocol. Only in an interactive terminal:
/// otherwise (stdin or stdout redirected, <c>TERM=dumb</c>, <c>CI</c> set) one line points at the scriptable commands
/// and the exit code is 2.
/// </summary>
internal static class TuiCommand
{
    /// <summary>What a non-interactive run prints (on stderr).</summary>
    public const string NotInteractiveMessage =
        "itb: the terminal UI needs an interactive terminal (not redirected, not TERM=dumb, CI unset); every step it offers is also a scriptable command: run 'itb --help'.";

    /// <summary>Whether the UI can run in this environment.</summary>
    public static bool CanRun(CliEnvironment environment) =>
        environment.Interactive
        && !string.Equals(environment.GetVariable("TERM"), "dumb", StringComparison.Ordinal)
        && string.IsNullOrEmpty(environment.GetVariable("CI"));

    /// <summary>Runs the UI until the user quits; exit code 0.</summary>
    public static int Run(CliContext context)
    {
        if (!CanRun(context.Environment))
        {
            context.Error.WriteLine(NotInteractiveMessage);
            return ExitCodes.InvalidInput;
        }

        // Load the protocol and open the log before taking over the screen, so their errors print as one plain line.
        var protocol = context.Protocol;
        var records = context.Services.GetRequiredService<ClinicRecords>();
        _ = records.Patients();
        var terminal = context.Services.GetRequiredService<ITuiTerminal>();
        var user = new[] { context.Environment.GetVariable("ITB_AUTHOR"), context.Environment.GetVariable("USER") }.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));

        terminal.Enter();
        try
        {
            if (user is null)
            {
                var asked = Ask.Text(terminal.Console, "Your name, recorded as the author of what you log (set ITB_AUTHOR to skip this)");
                if (!asked.HasValue)
                {
                    return ExitCodes.Ok;
                }

                user = asked.Value!;
            }

            var session = new TuiSession(terminal.Console, protocol, context.Clock, user, context.Services);
            new Navigator(new HomeScreen()).Run(session);
            return ExitCodes.Ok;
        }
        finally
        {
            terminal.Leave();
        }
    }
}
