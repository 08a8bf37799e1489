using ItbPlanner.App.Cli;
using ItbPlanner.App.Hosting;
using ItbPlanner.App.Tui;
using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Storage;
using ItbPlanner.Testing;
using Microsoft.Extensions.DependencyInjection;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Time;
using TerminalGui = Terminal.Gui.App.Application;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>
/// Runs <c>itb</c> with no command, as an interactive terminal would, on Terminal.Gui's own headless driver at a fixed
/// size, against a log in a fresh temporary directory: the code-built test protocol, a fake clock (2026-11-21 09:00 UTC)
/// and ITB_AUTHOR=nurse. A <see cref="UiScript"/> plays one step per main-loop iteration (so nested dialogs run as in a
/// real terminal); when it runs out the app must have quit, else the run fails with the screen.
/// </summary>
public sealed class TuiHarness : IDisposable
{
    private readonly DirectoryInfo directory = System.IO.Directory.CreateTempSubdirectory("itb-tui-");

    public TuiHarness(Protocol? protocol = null)
    {
        Protocol = protocol ?? TestProtocols.Default();
        Database = Path.Combine(directory.FullName, "itb.db");
    }

    public FakeTimeProvider Clock { get; } = new(ClinicLogSamples.Now);

    public Protocol Protocol { get; }

    public string Database { get; }

    public string Directory => directory.FullName;

    /// <summary>Writes patient histories straight into the log (no workflow guard), as a clinic's log would hold them.</summary>
    public TuiHarness With(params PatientHistory[] histories)
    {
        using var database = LogDatabase.Open(Database, Clock);
        var patients = new PatientStore(database);
        var events = new EventStore(database);
        foreach (var history in histories)
        {
            patients.Register(history.Patient, history.RegisteredAt, "nurse");
            foreach (var e in history.Events)
            {
                events.Append(new NewEvent(history.Patient.Id, e.At, "nurse", e.Payload, e.Reason));
            }
        }

        return this;
    }

    /// <summary>One session at a size: the script plays, then the app must have quit.</summary>
    internal Session Run(UiScript script, int width = 80, int height = 24, Dictionary<string, string>? variables = null, bool interactive = true)
    {
        var factory = new HeadlessFactory(script, width, height);
        var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Out = new StringWriter(),
            Error = error,
            Time = Clock,
            Interactive = interactive,
            GetVariable = name => (variables ?? new Dictionary<string, string> { ["ITB_AUTHOR"] = "nurse" }).TryGetValue(name, out var v) ? v : null,
            ConfigureServices = services =>
            {
                services.AddSingleton<IProtocolSource>(new FixedProtocolSource(Protocol));
                services.AddSingleton<ITerminalApplicationFactory>(factory);
            },
        };
        var code = AppEntry.RunAsync(["--db", Database], environment).GetAwaiter().GetResult();
        return new Session(code, error.ToString(), script.Screens, factory.Created);
    }

    /// <summary>Runs a session and fails the test unless it ended normally with the whole script played.</summary>
    internal Session Ok(UiScript script, int width = 80, int height = 24)
    {
        var session = Run(script, width, height);
        Assert.True(session.ExitCode == 0, $"exit {session.ExitCode}; stderr: {session.Error}\n--- last screen ---\n{session.Last}");
        return session;
    }

    /// <summary>A patient's stored events, read back through the event store.</summary>
    public IReadOnlyList<LogEvent> Events(string patient)
    {
        using var database = LogDatabase.Open(Database, Clock);
        return new EventStore(database).Events(new PatientId(patient));
    }

    public void Dispose() => directory.Delete(recursive: true);

    /// <summary>What one session returned and showed.</summary>
    internal sealed record Session(int ExitCode, string Error, IReadOnlyList<string> Screens, bool Started)
    {
        public string Last => Screens.Count == 0 ? "(nothing drawn)" : Screens[^1];
    }

    private sealed class HeadlessFactory(UiScript script, int width, int height) : ITerminalApplicationFactory
    {
        public bool Created { get; private set; }

        public IApplication Create()
        {
            var app = TerminalGui.Create(new VirtualTimeProvider());
            app.Init(DriverRegistry.Names.ANSI);
            app.Driver!.SetScreenSize(width, height);
            script.Attach(app);
            Created = true;
            return app;
        }
    }

    private sealed class FixedProtocolSource(Protocol protocol) : IProtocolSource
    {
        public string Describe() => protocol.Location;

        public Protocol Load() => protocol;
    }
}
