using ItbPlanner.App.Cli;
using ItbPlanner.App.Tui;

namespace ItbPlanner.App.Hosting;

/// <summary>
/// The program's entry: the command line, whose root (no command) opens the terminal UI. The one place that knows both
/// front ends; neither knows the other.
/// </summary>
internal static class AppEntry
{
    /// <summary>Runs <c>itb</c> with its arguments; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default) =>
        ItbCli.RunAsync(args, environment, (root, globals) => CommandAction.Set<TuiApp>(root, environment, globals, (_, ui) => ui.Run() ? ExitCodes.Ok : ExitCodes.InvalidInput), cancellationToken);
}
