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

    /// <summary>Runs an <c>itb</c> command on the same log and clock (as a scripted clinic would); fails unless it exits 0.</summary>
    public TuiHarness Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Out = output,
            Error = error,
            Time = Clock,
            Interactive = false,
            GetVariable = name => name == "ITB_AUTHOR" ? "nurse" : null,
            ConfigureServices = services => services.AddSingleton<IProtocolSource>(new FixedProtocolSource(Protocol)),
        };
        var code = AppEntry.RunAsync([.. args, "--db", Database], environment).GetAwaiter().GetResult();
        Assert.True(code == 0, $"itb {string.Join(' ', args)} exited {code}: {error}");
        return this;
    }

    /// <summary>
    /// A patient through the workflow by the commands: registered 2026-11-01, a positive 50 mcg screening on 2026-11-02,
    /// implanted 2026-11-05 10:00 with 40 mL of 500 mcg/mL at 100 mcg/day (0.2 mL/day), the program in the pump.
    /// On 2026-11-21 09:00 (the harness's now) 36.8 mL is expected back: 16 days less an hour at 0.2 mL/day.
    /// </summary>
    public TuiHarness Implanted(string id, string origin = "spinal") => this
        .Cli("patient", "add", "--id", id, "--population", "adult", "--origin", origin, "--at", "2026-11-01T09:00")
        .Cli("log", "record", "assessment", "--patient", id, "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30")
        .Cli("log", "record", "screening-bolus", "--patient", id, "--dose", "50mcg", "--at", "2026-11-02T09:00")
        .Cli("log", "record", "screening-outcome", "--patient", id, "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00")
        .Cli("log", "record", "implant", "--patient", id, "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--at", "2026-11-05T10:00")
        .Cli("log", "record", "program-transferred", "--patient", id, "--at", "2026-11-05T10:30");

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

    /// <summary>Runs the sqlite3 shell on the log; returns what it printed.</summary>
    public string Sqlite3(string sql) => Sqlite3Shell.Run(Database, sql);

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
