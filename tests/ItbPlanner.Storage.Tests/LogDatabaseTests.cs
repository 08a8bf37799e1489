using System.Globalization;
using ItbPlanner.Storage.Internal;
using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests;

public class LogDatabaseTests
{
    [Fact]
    public void Opening_an_empty_path_creates_the_schema_and_records_its_version()
    {
        using var log = new TempLog();
        using (var database = log.Open())
        {
            Assert.Equal(LogDatabase.LatestSchemaVersion, database.SchemaVersion);
        }

        Assert.Equal(1L, log.Scalar("SELECT count(*) FROM schema_version WHERE version = 1 AND applied_at = '2026-11-21T09:00:00.0000000Z'"));
        Assert.Equal(2L, log.Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('patients', 'events')"));
        Assert.Equal("wal", log.Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public void Opening_again_applies_nothing_twice()
    {
        using var log = new TempLog();
        log.Open().Dispose();
        log.Clock.Advance(TimeSpan.FromDays(1));
        using var again = log.Open();
        Assert.Equal((long)LogDatabase.LatestSchemaVersion, log.Scalar("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused_untouched()
    {
        using var log = new TempLog();
        log.Open().Dispose();
        log.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (99, '0099_future', '2030-01-01T00:00:00.0000000Z')");
        var bytes = File.ReadAllBytes(log.Path);

        var error = Assert.Throws<StorageException>(() => log.Open());

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer than this itb", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(bytes, File.ReadAllBytes(log.Path));
    }

    [Fact]
    public void Another_applications_sqlite_file_is_refused()
    {
        using var log = new TempLog();
        log.Execute("CREATE TABLE contacts (name TEXT)");

        var error = Assert.Throws<StorageException>(() => log.Open());

        Assert.Contains("another application", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_is_created_owner_only_and_so_are_its_journal_files()
    {
        using var log = new TempLog();
        using var database = log.Open();
        new PatientStore(database).Register(LogSamples.Patient(), log.Clock.GetUtcNow(), "nurse");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(log.Path));
        Assert.True(File.Exists(log.Path + "-wal"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(log.Path + "-wal"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(log.Path + "-shm"));
    }

    [Fact]
    public void The_default_location_gets_an_owner_only_directory()
    {
        using var log = new TempLog();
        var path = Path.Combine(log.Directory.FullName, "data", "itb-planner", "itb.db");

        using var database = LogDatabase.Open(path, log.Clock, LogDatabaseOptions.Default with { CreateDirectory = true });

        var owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Assert.Equal(owner, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        Assert.Equal(owner, File.GetUnixFileMode(Path.Combine(log.Directory.FullName, "data")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_missing_directory_is_refused_in_one_line_and_not_created()
    {
        using var log = new TempLog();
        var path = Path.Combine(log.Directory.FullName, "no-such-dir", "itb.db");

        var error = Assert.Throws<StorageException>(() => LogDatabase.Open(path, log.Clock));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Empty(log.Files());
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_left_as_it_was()
    {
        using var log = new TempLog();
        var garbage = "These are my notes, not a database. ".PadRight(4096, '#');
        File.WriteAllText(log.Path, garbage);

        var error = Assert.Throws<StorageException>(() => log.Open());

        Assert.Contains("not an ItbPlanner log", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(garbage, File.ReadAllText(log.Path));
        Assert.Equal(["itb.db"], log.Files());
    }

    [Fact]
    public void A_new_log_in_a_read_only_directory_is_refused_and_nothing_is_written()
    {
        using var log = new TempLog();
        ReadOnlyDirectory.Make(log.Directory.FullName);

        var error = Assert.Throws<StorageException>(() => log.Open());

        Assert.Contains("not writable", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Empty(log.Files());
    }

    [Fact]
    public void An_existing_log_in_a_read_only_directory_is_refused_in_one_line()
    {
        using var log = new TempLog();
        using (var database = log.Open())
        {
            new PatientStore(database).Register(LogSamples.Patient(), log.Clock.GetUtcNow(), "nurse");
        }

        var before = log.Files();
        ReadOnlyDirectory.Make(log.Directory.FullName);

        var error = Assert.Throws<StorageException>(() => log.Open());

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains(log.Path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, log.Files());
    }

    [Fact]
    public void A_directory_given_as_the_database_is_refused()
    {
        using var log = new TempLog();

        var error = Assert.Throws<StorageException>(() => LogDatabase.Open(log.Directory.FullName, log.Clock));

        Assert.Contains("is a directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connections_use_full_synchronous_commits_and_foreign_keys()
    {
        using var log = new TempLog();
        using var database = log.Open();

        var pragmas = database.Pragmas();

        Assert.Equal(2L, pragmas.Synchronous);
        Assert.Equal(1L, pragmas.ForeignKeys);
        Assert.Equal("wal", pragmas.JournalMode);
    }

    [Fact]
    public void The_log_runs_on_the_bundled_sqlite_3_53()
    {
        using var log = new TempLog();
        using var database = log.Open();

        var version = database.Read(c => Convert.ToString(Sql.Scalar(c, "SELECT sqlite_version()"), CultureInfo.InvariantCulture));

        Assert.StartsWith("3.53.", version, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused_and_left_empty_even_for_recording()
    {
        using var log = new TempLog();
        File.WriteAllBytes(log.Path, []);

        var error = Assert.Throws<StorageException>(() => log.Open());

        Assert.Contains("is an empty file (0 bytes)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(log.Path).Length);
        Assert.Equal(["itb.db"], log.Files());
    }

    [Fact]
    public void A_log_and_its_journal_files_open_to_others_are_tightened_with_a_warning_each()
    {
        using var log = new TempLog();
        using (var database = log.Open())
        {
            new PatientStore(database).Register(LogSamples.Patient(), log.Clock.GetUtcNow(), "nurse");
        }

        File.SetUnixFileMode(log.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead);

        using var again = log.Open();

        Assert.Contains("(mode 0664); its permissions are now 0600 (owner only)", Assert.Single(again.Warnings), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(log.Path));
    }

    [Fact]
    public void A_reading_open_refuses_an_sqlite_file_with_nothing_in_it()
    {
        using var log = new TempLog();
        log.Execute("PRAGMA user_version = 7");

        var error = Assert.Throws<StorageException>(() => log.Open(LogDatabaseOptions.Default with { MustExist = true }));

        Assert.Contains("is an empty SQLite database, not an ItbPlanner log", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, log.Scalar("SELECT count(*) FROM sqlite_master"));
    }
}
