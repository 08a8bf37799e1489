using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ItbPlanner.Storage.Internal;

/// <summary>
/// Opens a connection to an existing database file and sets it up for the log: write-ahead logging (readers never
/// block the writer), <c>synchronous=FULL</c> (a commit survives power loss), foreign keys on. Busy waits are ours, not
/// SQLite's: how <c>busy_timeout</c> sleeps depends on how the native library was built (the SQLite 3.35.5 of
/// SQLitePCLRaw 2.0.6 had no usleep and slept whole seconds, a 20 ms lock measured 1003 ms; the bundled 3.53 waits
/// 21 ms), so <see cref="WriteTransaction"/> retries <c>BEGIN IMMEDIATE</c> every few milliseconds itself, and
/// Microsoft.Data.Sqlite's own retry (150 ms steps, bounded by the command timeout) covers the rare busy read.
/// <c>SQLitePCL.Batteries_V2.Init()</c> is called explicitly (Microsoft.Data.Sqlite would find it by reflection too).
/// </summary>
internal static class SqliteConnectionFactory
{
    private static readonly bool Initialised = Initialise();

    public static SqliteConnection Open(string fullPath, TimeSpan busyTimeout)
    {
        _ = Initialised;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = (int)Math.Max(1, Math.Ceiling(busyTimeout.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var mode = Convert.ToString(Sql.Scalar(connection, "PRAGMA journal_mode = WAL"), CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new StorageException(fullPath, $"Cannot use {fullPath}: its file system does not support SQLite's write-ahead log (journal mode {mode}).");
            }

            Sql.Execute(connection, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 0;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool Initialise()
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    }
}
