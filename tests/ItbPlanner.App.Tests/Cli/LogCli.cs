using System.Diagnostics;
using ItbPlanner.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// Runs <c>itb</c> against a log database in a fresh temporary directory, with the code-built test protocol, a fake clock
/// starting 2026-11-21 09:00 UTC and USER=nurse. Deleted afterwards.
/// </summary>
public sealed class LogCli : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("itb-cli-");

    public LogCli(TimeZoneInfo? zone = null)
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero), zone);
        Database = Path.Combine(directory.FullName, "itb.db");
    }

    public FakeTimeProvider Clock { get; }

    public string Database { get; }

    public Action<IServiceCollection>? Services { get; init; }

    public string PathOf(string name) => Path.Combine(directory.FullName, name);

    /// <summary>Runs with <c>--db</c> appended after the command's own arguments.</summary>
    internal CliHarness.Result Run(params string[] args) => RunRaw([.. args, "--db", Database]);

    /// <summary>Runs exactly the arguments given (no <c>--db</c> added).</summary>
    internal CliHarness.Result RunRaw(string[] args, Dictionary<string, string>? variables = null) =>
        CliHarness.RunWith(
            new CliHarness.Options
            {
                Time = Clock,
                Protocol = TestProtocols.Default(),
                Variables = variables ?? new Dictionary<string, string> { ["USER"] = "nurse" },
                ConfigureServices = Services,
            },
            args);

    /// <summary>Runs and fails the test unless the exit code is 0.</summary>
    internal CliHarness.Result Ok(params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == 0, $"itb {string.Join(' ', args)} exited {result.ExitCode}: {result.Error}");
        return result;
    }

    /// <summary>Registers P1, an adult with spinal spasticity, on 2026-11-01.</summary>
    internal void RegisterP1() => Ok("patient", "add", "--id", "P1", "--population", "adult", "--origin", "spinal", "--label", "J.D.", "--at", "2026-11-01T09:00");

    /// <summary>Runs the sqlite3 shell on the database, as someone tampering with the file would.</summary>
    public void Sqlite3(string sql)
    {
        using var process = Process.Start(new ProcessStartInfo("sqlite3", [Database, sql]) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"sqlite3 failed: {error}");
    }

    public void Dispose() => directory.Delete(recursive: true);
}
