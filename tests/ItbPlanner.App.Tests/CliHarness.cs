using System.Text.Json;
using ItbPlanner.App.Cli;
using ItbPlanner.App.Hosting;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ItbPlanner.App.Tests;

/// <summary>Runs the real command line in-process over string writers and a fake clock.</summary>
internal static class CliHarness
{
    /// <summary>The outcome of one run.</summary>
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public JsonElement Json => JsonDocument.Parse(Out).RootElement;

        /// <summary>Lines written to stderr.</summary>
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Runs <c>itb</c> with arguments on 2026-11-21 and the bundled protocol (or an override).</summary>
    public static Result Run(params string[] args) => RunWith(new Options(), args);

    /// <summary>Runs with explicit options.</summary>
    public static Result RunWith(Options options, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Out = output,
            Error = error,
            Time = options.Time ?? FakeTimeProvider.At(2026, 11, 21),
            GetVariable = name => options.Variables.TryGetValue(name, out var v) ? v : null,
            ConfigureServices = services =>
            {
                if (options.Protocol is { } protocol)
                {
                    services.AddSingleton<IProtocolSource>(new FixedProtocolSource(protocol));
                }

                options.ConfigureServices?.Invoke(services);
            },
        };
        var code = AppEntry.RunAsync(args, environment).GetAwaiter().GetResult();
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>What a run may change.</summary>
    public sealed record Options
    {
        public TimeProvider? Time { get; init; }

        /// <summary>A protocol to use instead of the bundled file.</summary>
        public Protocol? Protocol { get; init; }

        public Dictionary<string, string> Variables { get; init; } = [];

        public Action<IServiceCollection>? ConfigureServices { get; init; }
    }

    private sealed class FixedProtocolSource(Protocol protocol) : IProtocolSource
    {
        public string Describe() => protocol.Location;

        public Protocol Load() => protocol;
    }
}
