using Spectre.Console;

namespace ItbPlanner.App.Tui.Terminal;

/// <summary>The terminal the UI runs in: its console, and entering and leaving full-screen mode. Tests replace it with a scripted console.</summary>
internal interface ITuiTerminal
{
    /// <summary>The interactive console (ANSI and interactivity on, as selection prompts need).</summary>
    IAnsiConsole Console { get; }

    /// <summary>Switches to the alternate screen; the user's shell screen is restored by <see cref="Leave"/>.</summary>
    void Enter();

    /// <summary>Shows the cursor and returns to the user's screen. Safe to call more than once.</summary>
    void Leave();
}
