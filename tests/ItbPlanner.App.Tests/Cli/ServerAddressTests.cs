namespace ItbPlanner.App.Tests.Cli;

/// <summary>What --db makes of a PostgreSQL address before any server is reached.</summary>
public sealed class ServerAddressTests
{
    [Theory]
    [InlineData("--db", "postgresql://anna:hunter2@db.clinic.local/itb")]
    [InlineData("--db", "host=db.clinic.local dbname=itb user=anna password=hunter2")]
    public void A_password_on_the_command_line_is_refused_in_one_line_without_repeating_it(string option, string address)
    {
        var result = CliHarness.Run("patient", "list", option, address);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("PGPASSWORD or ~/.pgpass", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.Error + result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_in_itb_db_is_refused_too()
    {
        var result = CliHarness.RunWith(new CliHarness.Options { Variables = { ["ITB_DB"] = "postgres://anna:hunter2@db/itb" } }, "patient", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("hunter2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_roles_sql_gives_the_writer_and_reviewer_grants_without_connecting()
    {
        var result = CliHarness.Run("db", "init", "--print-roles-sql", "--db", "postgresql://nobody@unreachable.invalid/itb");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("GRANT SELECT ON patients, events, checkpoints, schema_version TO itb_writer, itb_reviewer;", result.Out, StringComparison.Ordinal);
        Assert.Contains("GRANT INSERT ON patients, events, checkpoints TO itb_writer;", result.Out, StringComparison.Ordinal);
        // Only the course snapshots (a cache, issue 13) may be updated or deleted; never the log's own tables.
        Assert.Equal(
            ["GRANT INSERT, UPDATE, DELETE ON course_snapshots TO itb_writer;"],
            result.Out.Split('\n').Where(l => l.Contains("UPDATE", StringComparison.Ordinal) || l.Contains("DELETE", StringComparison.Ordinal)).Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void An_unreachable_server_is_a_one_line_error_with_exit_2()
    {
        var result = CliHarness.Run("patient", "list", "--db", "postgresql://anna@127.0.0.1:1/itb");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("Cannot reach the PostgreSQL server of postgresql://anna@127.0.0.1:1/itb", result.Error, StringComparison.Ordinal);
    }
}
