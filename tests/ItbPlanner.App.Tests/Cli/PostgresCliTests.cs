using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>The team log through the command line: itb db init, recording and verifying on a server, roles, copy (issue 14).</summary>
[Collection("PostgreSQL")]
public sealed class PostgresCliTests : IDisposable
{
    private readonly PostgresCluster cluster = PostgresCluster.Shared;
    private readonly string database;
    private readonly LogCli cli = new();

    public PostgresCliTests()
    {
        database = cluster.CreateDatabase();
        Url = cluster.Url(database);
    }

    private string Url { get; }

    public void Dispose()
    {
        cli.Dispose();
        cluster.DropDatabase(database);
    }

    [Fact]
    public void Db_init_creates_the_schema_and_roles_and_a_clinician_records_and_verifies_on_the_server()
    {
        var init = Run("db", "init", "--db", Url);
        var again = Run("db", "init", "--db", Url);
        var writer = cluster.CreateLoginRole("itb_writer");

        var add = Run("patient", "add", "--id", "P1", "--population", "adult", "--origin", "spinal", "--at", "2026-11-01T09:00", "--db", cluster.Url(database, writer));
        var note = Run("log", "record", "note", "--patient", "P1", "--text", "first refill booked", "--db", cluster.Url(database, writer));
        var verify = Run("log", "verify", "--patient", "P1", "--db", Url);

        Assert.Equal(0, init.ExitCode);
        Assert.Contains("is created (schema version 3)", init.Out, StringComparison.Ordinal);
        Assert.Contains("itb_writer", init.Out, StringComparison.Ordinal);
        Assert.Contains("is up to date", again.Out, StringComparison.Ordinal);
        Assert.True(add.ExitCode == 0, add.Error);
        Assert.True(note.ExitCode == 0, note.Error);
        Assert.True(verify.ExitCode == 0, verify.Error);
        Assert.Contains($"Log intact: 2 events of 1 patient(s) verified in {Url}", verify.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reviewers_append_is_a_one_line_refusal_with_exit_2()
    {
        Assert.Equal(0, Run("db", "init", "--db", Url).ExitCode);
        Assert.Equal(0, Run("patient", "add", "--id", "P1", "--population", "adult", "--origin", "spinal", "--db", Url).ExitCode);
        var reviewer = cluster.CreateLoginRole("itb_reviewer");

        var append = Run("log", "record", "note", "--patient", "P1", "--text", "a reviewer's note", "--db", cluster.Url(database, reviewer));
        var read = Run("log", "show", "--patient", "P1", "--db", cluster.Url(database, reviewer));

        Assert.Equal(2, append.ExitCode);
        Assert.Single(append.ErrorLines);
        Assert.Contains("reads the log only", append.Error, StringComparison.Ordinal);
        Assert.Equal(0, read.ExitCode);
    }

    [Fact]
    public void A_server_without_the_schema_says_to_run_db_init()
    {
        var result = Run("patient", "list", "--db", Url);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("itb db init", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_copied_to_the_server_and_back_keeps_its_head_digest_and_a_second_copy_is_refused()
    {
        cli.RegisterP1();
        cli.ImplantP1();
        Assert.Equal(0, Run("db", "init", "--db", Url, "--no-roles").ExitCode);
        var back = cli.PathOf("back.db");

        var there = Run("log", "copy", "--from", cli.Database, "--to", Url);
        var home = Run("log", "copy", "--from", Url, "--to", back);
        var twice = Run("log", "copy", "--from", cli.Database, "--to", Url);
        var verifyThere = Run("log", "verify", "--db", Url);
        var verifyBack = Run("log", "verify", "--db", back);

        Assert.True(there.ExitCode == 0, there.Error);
        Assert.True(home.ExitCode == 0, home.Error);
        Assert.Equal(Digest(there.Out), Digest(home.Out));
        Assert.Contains("Copied 6 events of 1 patient(s)", there.Out, StringComparison.Ordinal);
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("already holds a log", twice.Error, StringComparison.Ordinal);
        Assert.Equal(0, verifyThere.ExitCode);
        Assert.Equal(0, verifyBack.ExitCode);
    }

    [Fact]
    public void A_checkpoint_of_a_file_log_holds_for_its_copy_on_the_server_and_checkpoints_are_taken_there()
    {
        cli.RegisterP1();
        cli.ImplantP1();
        var keys = cli.PathOf("keys");
        cli.Ok("log", "keygen", "--out", keys);
        cli.Ok("log", "checkpoint", "--key", Path.Combine(keys, "itb-checkpoint.key"), "--out", cli.PathOf("file.json"));
        Assert.Equal(0, Run("db", "init", "--db", Url, "--no-roles").ExitCode);
        Assert.Equal(0, Run("log", "copy", "--from", cli.Database, "--to", Url).ExitCode);

        var fileCheckpoint = Run("log", "verify", "--checkpoint", cli.PathOf("file.json"), "--public-key", Path.Combine(keys, "itb-checkpoint.pub"), "--db", Url);
        var taken = Run("log", "checkpoint", "--key", Path.Combine(keys, "itb-checkpoint.key"), "--out", cli.PathOf("server.json"), "--db", Url);
        var serverCheckpoint = Run("log", "verify", "--checkpoint", cli.PathOf("server.json"), "--public-key", Path.Combine(keys, "itb-checkpoint.pub"), "--db", Url);

        Assert.True(fileCheckpoint.ExitCode == 0, fileCheckpoint.Error);
        Assert.Contains("holds", fileCheckpoint.Out, StringComparison.Ordinal);
        Assert.True(taken.ExitCode == 0, taken.Error);
        Assert.True(serverCheckpoint.ExitCode == 0, serverCheckpoint.Error);
    }

    private static string Digest(string output) => output[(output.IndexOf("digest ", StringComparison.Ordinal) + 7)..].TrimEnd(')', '.', '\n');

    private CliHarness.Result Run(params string[] args) => cli.RunRaw(args);
}
