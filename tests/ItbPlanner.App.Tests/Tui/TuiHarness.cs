using ItbPlanner.App.Cli;
using ItbPlanner.App.Hosting;
using ItbPlanner.App.Tui.Terminal;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Storage;
using ItbPlanner.Testing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Testing;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>
/// Runs <c>itb</c> with no command, as an interactive terminal would, against a log in a fresh temporary directory:
/// the code-built test protocol, a fake clock (2026-11-21 09:00 UTC, advanced by the tests) and USER=nurse. Each
/// <see cref="Run"/> is one session driven by a key script; the log is read back through the event store.
/// </summary>
public sealed class TuiHarness : IDisposable
{
    private readonly DirectoryInfo directory = System.IO.Directory.CreateTempSubdirectory("itb-tui-");

    public TuiHarness(Protocol? protocol = null)
    {
        Protocol = protocol ?? TestProtocols.Default();
        Database = Path.Combine(directory.FullName, "itb.db");
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    public Protocol Protocol { get; }

    public string Database { get; }

    public string Directory => directory.FullName;

    /// <summary>One session: the script queues keys, the UI runs until it quits (or runs out of keys, a failure).</summary>
    internal Session Run(Action<TestConsole> script, Dictionary<string, string>? variables = null, bool interactive = true)
    {
        using var console = KeyScript.Terminal();
        script(console);
        var terminal = new TestTerminal(console);
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Out = output,
            Error = error,
            Time = Clock,
            Interactive = interactive,
            GetVariable = name => (variables ?? new Dictionary<string, string> { ["USER"] = "nurse" }).TryGetValue(name, out var v) ? v : null,
            ConfigureServices = services =>
            {
                services.AddSingleton<IProtocolSource>(new FixedProtocolSource(Protocol));
                services.AddSingleton<ITuiTerminal>(terminal);
            },
        };
        var code = AppEntry.RunAsync(["--db", Database], environment).GetAwaiter().GetResult();
        return new Session(code, console.Screen(), output.ToString(), error.ToString(), console.Input.IsKeyAvailable(), terminal.Entered, terminal.Left);
    }

    /// <summary>Runs a session and fails the test unless it ended normally with every key used.</summary>
    internal Session Ok(Action<TestConsole> script)
    {
        var session = Run(script);
        Assert.True(session.ExitCode == 0 && !session.KeysLeft, $"exit {session.ExitCode}, {(session.KeysLeft ? "keys left unused" : "every key used")}; stderr: {session.Error}\n--- screen ---\n{Tail(session.Screen)}");
        return session;
    }

    /// <summary>A patient's stored events, read back through the event store.</summary>
    public IReadOnlyList<LogEvent> Events(string patient)
    {
        using var database = LogDatabase.Open(Database, Clock);
        return new EventStore(database).Events(new PatientId(patient));
    }

    public void Dispose() => directory.Delete(recursive: true);

    private static string Tail(string text) => text.Length > 6000 ? text[^6000..] : text;

    /// <summary>What one session showed and returned.</summary>
    internal sealed record Session(int ExitCode, string Screen, string Out, string Error, bool KeysLeft, bool Entered, bool Left);

    private sealed class TestTerminal(IAnsiConsole console) : ITuiTerminal
    {
        public bool Entered { get; private set; }

        public bool Left { get; private set; }

        public IAnsiConsole Console => console;

        public void Enter() => Entered = true;

        public void Leave() => Left = true;
    }

    private sealed class FixedProtocolSource(Protocol protocol) : IProtocolSource
    {
        public string Describe() => protocol.Location;

        public Protocol Load() => protocol;
    }
}
