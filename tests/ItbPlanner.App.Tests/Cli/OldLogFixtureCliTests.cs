using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>The command line on a copy of a log written by an older build (Storage.Tests/Fixtures/log-c35b8d4.db).</summary>
public sealed class OldLogFixtureCliTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("itb-old-log-");
    private readonly string database;

    public OldLogFixtureCliTests()
    {
        database = Path.Combine(directory.FullName, "itb.db");
        File.Copy(RepositoryPaths.Combine("tests", "ItbPlanner.Storage.Tests", "Fixtures", "log-c35b8d4.db"), database);
    }

    public void Dispose() => directory.Delete(recursive: true);

    [Fact]
    public void Log_verify_passes_on_a_log_written_by_main_c35b8d4_and_again_after_an_append()
    {
        var verify = Run("log", "verify", "--db", database);
        var show = Run("log", "show", "--patient", "P2", "--json", "--db", database);
        var note = Run("log", "record", "note", "--patient", "P1", "--text", "Seen in clinic; no concerns", "--db", database);
        var again = Run("log", "verify", "--db", database);

        Assert.True(verify.ExitCode == 0, verify.Error);
        Assert.Contains("51 events of 3 patient(s) verified", verify.Out, StringComparison.Ordinal);
        Assert.True(show.ExitCode == 0, show.Error);
        Assert.Equal(19, show.Json.GetArrayLength());
        Assert.True(note.ExitCode == 0, note.Error);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("52 events of 3 patient(s) verified", again.Out, StringComparison.Ordinal);
    }

    private static CliHarness.Result Run(params string[] args) =>
        CliHarness.RunWith(new CliHarness.Options { Variables = new() { ["USER"] = "nurse", ["ITB_TIME_ZONE"] = "Europe/Berlin" } }, args);
}
