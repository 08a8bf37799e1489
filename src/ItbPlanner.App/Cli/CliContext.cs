using System.CommandLine;
using System.Text.Json.Nodes;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using Spectre.Console;

namespace ItbPlanner.App.Cli;

/// <summary>
/// What a command's handler works with besides its use case: the parsed command line, the streams, the console, the
/// clinic's clock and the protocol's title. Each is made on first use by the composition root
/// (<see cref="CommandAction"/>), so <c>--help</c> and parse errors never pay for the host.
/// </summary>
internal sealed class CliContext
{
    private readonly Lazy<IAnsiConsole> console;
    private readonly Lazy<TimeProvider> clock;
    private readonly Lazy<Protocol> protocol;
    private Func<ProtocolLimitException, JsonObject?>? refused;
    private TextWriter? safeOut;
    private TextWriter? safeError;

    /// <summary>Creates the context for one invocation.</summary>
    public CliContext(CliEnvironment environment, ParseResult parseResult, Lazy<IAnsiConsole> console, Lazy<TimeProvider> clock, Lazy<Protocol> protocol)
    {
        Environment = environment;
        ParseResult = parseResult;
        this.console = console;
        this.clock = clock;
        this.protocol = protocol;
    }

    /// <summary>The process environment (streams, clock).</summary>
    public CliEnvironment Environment { get; }

    /// <summary>The parsed command line.</summary>
    public ParseResult ParseResult { get; }

    /// <summary>The protocol in force (bundled default or <c>--protocol</c>), for its title and the devices it names.</summary>
    public Protocol Protocol => protocol.Value;

    /// <summary>The console for human output on stdout.</summary>
    public IAnsiConsole Console => console.Value;

    /// <summary>Machine output and plain lines; control characters in them are shown escaped.</summary>
    public TextWriter Out => safeOut ??= new Output.TerminalSafeWriter(Environment.Out);

    /// <summary>Errors and chatter; control characters in them are shown escaped.</summary>
    public TextWriter Error => safeError ??= new Output.TerminalSafeWriter(Environment.Error);

    /// <summary>The clinic's clock: now, and the clinic's time zone that turns moments into local dates.</summary>
    public TimeProvider Clock => clock.Value;

    /// <summary>Today in the clinic's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>Whether the protocol has been loaded, so a refusal can name it without loading it.</summary>
    public bool ProtocolLoaded => protocol.IsValueCreated;

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

    /// <summary>Whether an option was given on the command line.</summary>
    public bool Given(Option option) => ParseResult.GetResult(option) is { Implicit: false };
}
