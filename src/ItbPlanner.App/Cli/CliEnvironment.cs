using Microsoft.Extensions.DependencyInjection;

namespace ItbPlanner.App.Cli;

/// <summary>
/// Everything the command line takes from the process: streams, clock, environment variables, terminal facts. Tests
/// build one over string writers and a fake clock, and may override services.
/// </summary>
internal sealed record CliEnvironment
{
    /// <summary>Machine output (JSON, tables).</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Errors and human chatter.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>True when stdout is a terminal that understands ANSI escapes.</summary>
    public bool AnsiOutput { get; init; }

    /// <summary>True when stdin and stdout are an interactive terminal.</summary>
    public bool Interactive { get; init; }

    /// <summary>Replaces services after the defaults are registered (tests).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>The real process: console streams, system clock, terminal detection.</summary>
    public static CliEnvironment FromProcess()
    {
        var term = Environment.GetEnvironmentVariable("TERM");
        var dumb = string.Equals(term, "dumb", StringComparison.Ordinal);
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new CliEnvironment
        {
            Out = StandardStream.Output(),
            Error = StandardStream.Error(),
            AnsiOutput = !Console.IsOutputRedirected && !dumb && !noColor,
            Interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected && !dumb && Environment.UserInteractive,
        };
    }
}
