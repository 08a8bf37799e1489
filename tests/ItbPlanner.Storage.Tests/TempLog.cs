using System.Diagnostics;
using ItbPlanner.Testing;
using Microsoft.Data.Sqlite;

namespace ItbPlanner.Storage.Tests;

/// <summary>A log database in a fresh temporary directory, deleted afterwards; the clock is fake and starts on 2026-11-21.</summary>
public sealed class TempLog : IDisposable
{
    public TempLog()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("itb-storage-");
        Path = System.IO.Path.Combine(Directory.FullName, "itb.db");
    }

    public DirectoryInfo Directory { get; }

    public string Path { get; }

    public FakeTimeProvider Clock { get; } = FakeTimeProvider.At(2026, 11, 21);

    public SqliteLogDatabase Open(LogDatabaseOptions? options = null) => LogDatabase.Open(Path, Clock, options);

    /// <summary>A plain connection with none of the log's protections, as an attacker or a sqlite3 user would have.</summary>
    public SqliteConnection Raw()
    {
        var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        return connection;
    }

    public void Execute(string sql)
    {
        using var connection = Raw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public object? Scalar(string sql)
    {
        using var connection = Raw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public string[] Files() => Directory.GetFileSystemInfos().Select(f => f.Name).Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        ReadOnlyDirectory.Restore(Directory.FullName);
        foreach (var child in Directory.EnumerateDirectories())
        {
            ReadOnlyDirectory.Restore(child.FullName);
        }

        Directory.Delete(recursive: true);
    }

    /// <summary>Runs the sqlite3 command-line shell on the database, as a person tampering with the file would.</summary>
    public string Sqlite3(string sql)
    {
        var start = new ProcessStartInfo("sqlite3", [Path, sql]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 did not start");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"sqlite3 failed: {error}");
        return output;
    }
}
