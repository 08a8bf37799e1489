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

    /// <summary>Records P1's screening (baseline, 50 mcg bolus on 2026-11-02, positive with 6 h effect) and implant on 2026-11-05 at 100 mcg/day.</summary>
    internal void ImplantP1()
    {
        Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
        Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00");
        Ok("log", "record", "screening-outcome", "--patient", "P1", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00");
        Ok("log", "record", "implant", "--patient", "P1", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--at", "2026-11-05T10:00");
    }

    /// <summary>Runs the sqlite3 shell on the database, as someone tampering with the file would; returns what it printed.</summary>
    public string Sqlite3(string sql) => Sqlite3Shell.Run(Database, sql);

    public void Dispose() => directory.Delete(recursive: true);
}
