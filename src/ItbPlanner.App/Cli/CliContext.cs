using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.App.Hosting;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace ItbPlanner.App.Cli;

/// <summary>
/// What a command's action works with. The host is built lazily, on first use, so <c>--help</c> and parse errors never
/// pay for it.
/// </summary>
internal sealed class CliContext : IDisposable
{
    private readonly Lazy<IHost> host;
    private TextWriter? safeOut;
    private TextWriter? safeError;
    private Func<ProtocolLimitException, JsonObject?>? refused;

    /// <summary>Creates the context for one invocation.</summary>
    public CliContext(CliEnvironment environment, ParseResult parseResult, GlobalOptions globals)
    {
        Environment = environment;
        ParseResult = parseResult;
        host = new Lazy<IHost>(() => AppHost.Build(environment, parseResult, globals));
    }

    /// <summary>The process environment (streams, clock).</summary>
    public CliEnvironment Environment { get; }

    /// <summary>The parsed command line.</summary>
    public ParseResult ParseResult { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services => host.Value.Services;

    /// <summary>The protocol in force (bundled default or <c>--protocol</c>).</summary>
    public Protocol Protocol => Services.GetRequiredService<Protocol>();

    /// <summary>The console for human output on stdout.</summary>
    public IAnsiConsole Console => Services.GetRequiredService<IAnsiConsole>();

    /// <summary>Machine output and plain lines; control characters in them are shown escaped.</summary>
    public TextWriter Out => safeOut ??= new Output.TerminalSafeWriter(Environment.Out);

    /// <summary>Errors and chatter; control characters in them are shown escaped.</summary>
    public TextWriter Error => safeError ??= new Output.TerminalSafeWriter(Environment.Error);

    /// <summary>The clinic's clock: now, and the clinic's time zone that turns moments into local dates.</summary>
    public TimeProvider Clock => Services.GetRequiredService<TimeProvider>();

    /// <summary>Today in the clinic's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>Whether the protocol has been loaded (the host is built), so a refusal can name it without loading it.</summary>
    public bool ProtocolLoaded => host.IsValueCreated;

    /// <summary>
    /// Registers the fields of the command's JSON object known so far: under <c>--json</c>, a protocol hard limit that
    /// refuses the command (exit 3) prints them with the blocking alerts (<see cref="Output.Json.RefusalJson"/>). The
    /// latest registration wins, so a command registers more as it learns more.
    /// </summary>
    public void WhenRefused(Func<ProtocolLimitException, JsonObject?> known) => refused = known;

    /// <summary>The fields registered with <see cref="WhenRefused"/> for a refusal, or null when none were.</summary>
    public JsonObject? KnownWhenRefused(ProtocolLimitException limit) => refused?.Invoke(limit);

    /// <summary>The value of an option.</summary>
    public T? Get<T>(Option<T> option) => ParseResult.GetValue(option);

    /// <summary>The value of an argument.</summary>
    public T? Get<T>(Argument<T> argument) => ParseResult.GetValue(argument);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (host.IsValueCreated)
        {
            host.Value.Dispose();
        }
    }
}
