using System.CommandLine;
using System.CommandLine.Help;

namespace ItbPlanner.App.Cli;

/// <summary>The <c>itb</c> command line: builds the command tree, parses, and maps every outcome to an exit code.</summary>
internal static class ItbCli
{
    /// <summary>
    /// Builds the root command for an environment; <paramref name="withoutCommand"/> sets what <c>itb</c> alone does. With
    /// <paramref name="args"/>, only the top-level commands that line needs (<see cref="CommandCatalog.NeededBy"/>).
    /// </summary>
    public static RootCommand Build(CliEnvironment environment, Action<RootCommand, GlobalOptions>? withoutCommand = null, IReadOnlyList<string>? args = null)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("ItbPlanner: intrathecal baclofen pump planning — refills, titration, screening, and the therapy log. Without a command, opens the terminal UI.");
        globals.AddTo(root);
        foreach (var (_, create) in args is null ? CommandCatalog.Commands : CommandCatalog.NeededBy(args))
        {
            root.Subcommands.Add(create(environment, globals));
        }

        withoutCommand?.Invoke(root, globals);
        OptionRules.Apply(root);
        return root;
    }

    /// <summary>Runs the command line. Parse errors give one line on stderr and exit code 2.</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, Action<RootCommand, GlobalOptions>? withoutCommand = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            var root = Build(environment, withoutCommand, args);
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction)
            {
                environment.Error.WriteLine($"error: {Output.TerminalText.Clean(parseResult.Errors[0].Message)}");
                return ExitCodes.InvalidInput;
            }

            var configuration = new InvocationConfiguration
            {
                Output = environment.Out,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return CommandAction.Report(ex, environment, args.Contains("--verbose", StringComparer.Ordinal));
        }
    }
}
