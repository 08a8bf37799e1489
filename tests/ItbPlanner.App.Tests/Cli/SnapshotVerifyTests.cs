namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// Issue 13: a course snapshot is a cache, but the workflow guard and the schedule believe one whose head is in the chain;
/// <c>itb log verify</c> rebuilds each from the log and names one that disagrees.
/// </summary>
public sealed class SnapshotVerifyTests : IDisposable
{
    private readonly LogCli cli = new();

    public SnapshotVerifyTests()
    {
        cli.RegisterP1();
        cli.ImplantP1(); // guarded appends: P1's snapshot is saved at the head of the chain
    }

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Verify_compares_each_course_snapshot_with_the_log()
    {
        var result = cli.Ok("log", "verify");

        Assert.Contains("Course snapshots: 1 compared with the log, all agree.", result.Out, StringComparison.Ordinal);
        Assert.Equal(1, cli.Ok("log", "verify", "--json").Json.GetProperty("courseSnapshots").GetProperty("compared").GetInt32());
    }

    [Fact]
    public void A_snapshot_edited_with_its_head_kept_fails_verify_naming_the_patient()
    {
        // The dose the course believes in force, raised tenfold; the head still matches, so every reader would believe it.
        cli.Sqlite3("UPDATE course_snapshots SET body = replace(body, '\"currentDose\":100,', '\"currentDose\":1000,')");
        Assert.Equal("1", cli.Sqlite3("SELECT count(*) FROM course_snapshots WHERE body LIKE '%\"currentDose\":1000,%'"));

        var result = cli.Run("log", "verify", "--json");

        Assert.Equal(4, result.ExitCode);
        var problem = Assert.Single(result.Json.GetProperty("problems").EnumerateArray());
        Assert.Equal("course-snapshot-disagrees", problem.GetProperty("code").GetString());
        Assert.Equal("P1", problem.GetProperty("patientId").GetString());
        Assert.Contains("delete it", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_whose_head_is_not_in_the_chain_is_not_compared_since_no_reader_uses_it()
    {
        cli.Sqlite3("UPDATE course_snapshots SET head_hash = 'ffff'");

        var result = cli.Ok("log", "verify");

        Assert.Contains("Course snapshots: 0 compared with the log, all agree.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_chain_is_reported_and_the_snapshots_are_not_compared_against_it()
    {
        cli.Sqlite3("DROP TRIGGER events_no_update; UPDATE events SET author = 'x' WHERE seq = 3;");

        var result = cli.Run("log", "verify", "--json");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("the log is not intact", result.Json.GetProperty("courseSnapshots").GetProperty("notCompared").GetString());
        Assert.DoesNotContain(result.Json.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "course-snapshot-disagrees");
    }

    [Fact]
    public void Under_a_protocol_that_cannot_be_read_the_chains_are_verified_and_the_snapshots_not_compared()
    {
        var protocol = cli.PathOf("broken.yaml");
        File.WriteAllText(protocol, "title: [unclosed\n");

        var result = CliHarness.Run("log", "verify", "--json", "--db", cli.Database, "--protocol", protocol);

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Json.GetProperty("intact").GetBoolean());
        Assert.StartsWith("the protocol cannot be read", result.Json.GetProperty("courseSnapshots").GetProperty("notCompared").GetString(), StringComparison.Ordinal);
    }
}
