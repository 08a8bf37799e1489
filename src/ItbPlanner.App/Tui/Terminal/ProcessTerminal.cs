using Spectre.Console;

namespace ItbPlanner.App.Tui.Terminal;

/// <summary>
/// The real terminal: a Spectre console on stdout with ANSI and interactivity forced on (the caller has checked the
/// terminal is interactive), colours unless <c>NO_COLOR</c> is set. Full-screen mode is the alternate screen; leaving it,
/// on quitting or on Ctrl+C, restores the shell's screen and the cursor.
/// </summary>
internal sealed class ProcessTerminal(TerminalFacts environment) : ITuiTerminal
{
    private const string EnterAlternateScreen = "\u001b[?1049h\u001b[H\u001b[2J";
    private const string ShowCursorAndLeave = "\u001b[?25h\u001b[?1049l";

    private readonly Lock gate = new();
    private IAnsiConsole? console;
    private bool entered;

    /// <inheritdoc/>
    public IAnsiConsole Console => console ??= AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Yes,
        ColorSystem = string.IsNullOrEmpty(environment.GetVariable("NO_COLOR")) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(environment.Out),
    });

    /// <inheritdoc/>
    public void Enter()
    {
        lock (gate)
        {
            if (entered)
            {
                return;
            }

            entered = true;
        }

        System.Console.CancelKeyPress += OnCancel;
        environment.Out.Write(EnterAlternateScreen);
        environment.Out.Flush();
    }

    /// <inheritdoc/>
    public void Leave()
    {
        lock (gate)
        {
            if (!entered)
            {
                return;
            }

            entered = false;
        }

        System.Console.CancelKeyPress -= OnCancel;
        environment.Out.Write(ShowCursorAndLeave);
        environment.Out.Flush();
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e) => Leave();
}
