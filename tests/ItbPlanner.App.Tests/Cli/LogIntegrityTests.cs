using System.Runtime.Versioning;
using Microsoft.Data.Sqlite;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// Issue 12 items 1, 2 and 6: views read patients from the chain and verify cross-checks the patients table; a damaged
/// file fails verification in one line; a 0-byte or empty database is never initialised; loose permissions are tightened.
/// </summary>
public sealed class LogIntegrityTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly LogCli cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Deleting_a_patients_row_hides_nobody_from_the_list_or_the_schedule_and_verify_names_it()
    {
        cli.RegisterP1();
        cli.ImplantP1();
        cli.Sqlite3("DROP TRIGGER patients_no_delete; DELETE FROM patients WHERE id = 'P1';");

        var list = cli.Ok("patient", "list", "--json").Json;
        var schedule = cli.Ok("schedule", "--json").Json;
        var verify = cli.Run("log", "verify");

        Assert.Equal("P1", Assert.Single(list.EnumerateArray()).GetProperty("patient").GetProperty("id").GetString());
        Assert.Equal("P1", Assert.Single(schedule.GetProperty("patients").EnumerateArray()).GetProperty("patientId").GetString());
        Assert.Equal(4, verify.ExitCode);
        Assert.Contains("patient P1 has 6 event(s) but no row in the patients table", verify.Error, StringComparison.Ordinal);
        Assert.Contains("the trigger patients_no_delete is missing", verify.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_registration_time_and_a_zeroed_application_id_fail_verify()
    {
        cli.RegisterP1();
        cli.Sqlite3("DROP TRIGGER patients_no_update; UPDATE patients SET registered_at = '2020-01-01T00:00:00.0000000Z'; PRAGMA application_id = 0;");

        var json = cli.Run("log", "verify", "--json");

        Assert.Equal(4, json.ExitCode);
        var codes = json.Json.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToArray();
        Assert.Equal(["application-id", "schema-object-missing", "registration-changed"], codes);
        Assert.Equal("2026-11-21T09:00:00.0000000Z", cli.Ok("patient", "list", "--json").Json[0].GetProperty("registeredAt").GetString());
    }

    [Fact]
    public void A_flipped_byte_in_the_patients_btree_fails_verify_with_exit_4_and_one_line()
    {
        cli.RegisterP1();
        long root, pageSize;
        using (var connection = new SqliteConnection($"Data Source={cli.Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT rootpage FROM sqlite_master WHERE name = 'patients'";
            root = (long)command.ExecuteScalar()!;
            command.CommandText = "PRAGMA page_size";
            pageSize = (long)command.ExecuteScalar()!;
        }

        var bytes = File.ReadAllBytes(cli.Database);
        bytes[(root - 1) * pageSize] ^= 0xFF;
        File.WriteAllBytes(cli.Database, bytes);

        var result = cli.Run("log", "verify");

        Assert.Equal(4, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains($"{cli.Database} is damaged", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("log", "verify")]
    [InlineData("patient", "list")]
    [InlineData("schedule")]
    [InlineData("patient", "add", "--id", "P1", "--population", "adult", "--origin", "spinal")]
    public void A_zero_byte_file_is_refused_with_exit_2_and_never_initialised(params string[] args)
    {
        File.WriteAllBytes(cli.Database, []);

        var result = cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is an empty file (0 bytes), not an ItbPlanner log", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(cli.Database).Length);
    }

    [Fact]
    public void An_sqlite_database_with_nothing_in_it_is_not_initialised_by_a_reading_command()
    {
        using (var connection = new SqliteConnection($"Data Source={cli.Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 1";
            command.ExecuteNonQuery();
        }

        var result = cli.Run("patient", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is an empty SQLite database, not an ItbPlanner log", result.Error, StringComparison.Ordinal);
        using var check = new SqliteConnection($"Data Source={cli.Database};Pooling=False");
        check.Open();
        using var count = check.CreateCommand();
        count.CommandText = "SELECT count(*) FROM sqlite_master";
        Assert.Equal(0L, count.ExecuteScalar());
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public void A_log_readable_by_others_is_tightened_to_0600_with_a_warning()
    {
        cli.RegisterP1();
        File.SetUnixFileMode(cli.Database, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var result = cli.Run("patient", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: {cli.Database} was readable or writable by others (mode 0644); its permissions are now 0600", result.Error, StringComparison.Ordinal);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(cli.Database));
        Assert.DoesNotContain("warning", cli.Run("patient", "list").Error, StringComparison.Ordinal);
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public void A_new_log_is_created_whole_and_leaves_no_temporary_file()
    {
        cli.RegisterP1();

        var files = Directory.GetFiles(Path.GetDirectoryName(cli.Database)!).Select(Path.GetFileName).ToArray();

        Assert.DoesNotContain(files, f => f!.EndsWith(".new", StringComparison.Ordinal));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(cli.Database));
        Assert.Equal(0, cli.Run("log", "verify").ExitCode);
    }
}
