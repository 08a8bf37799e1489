using System.Globalization;
using ItbPlanner.Domain.Log;
using Microsoft.Data.Sqlite;

namespace ItbPlanner.Storage.Internal;

/// <summary>
/// Brings a database to the newest schema this build knows. Migrations are the embedded <c>migrations/NNNN_name.sql</c>
/// files, applied in number order inside one write transaction, each recorded in <c>schema_version</c> with the time it
/// was applied. A database that records a newer version than this build knows is refused, never touched; so is an
/// SQLite file that belongs to another application.
/// </summary>
internal static class Migrator
{
    /// <summary>Marks the file as an ItbPlanner log in the SQLite header ("ITBP").</summary>
    public const int ApplicationId = 0x49544250;

    private static readonly Migration[] All = Migration.Load("migrations/");

    /// <summary>The newest schema version this build knows.</summary>
    public static int LatestVersion => All[^1].Version;

    /// <summary>The SQL of every migration, oldest first (what <see cref="SchemaObjects"/> expects to find).</summary>
    public static IEnumerable<string> Scripts => All.Select(m => m.Sql);

    /// <summary>Applies missing migrations; returns the schema version now in force.</summary>
    /// <exception cref="StorageException">The database is newer than this build, or not an ItbPlanner log.</exception>
    /// <param name="connection">The open connection.</param>
    /// <param name="path">The file, for messages.</param>
    /// <param name="busyTimeout">How long to wait for the write lock.</param>
    /// <param name="clock">Stamps the migrations applied.</param>
    /// <param name="mustBeLog">Whether the file must already be a log (reading commands): an SQLite file with nothing in it
    /// is then refused rather than initialised.</param>
    public static int Migrate(SqliteConnection connection, string path, TimeSpan busyTimeout, TimeProvider clock, bool mustBeLog = false)
    {
        var current = CurrentVersion(connection, path);
        if (current == LatestVersion)
        {
            return current;
        }

        if (current == 0 && mustBeLog)
        {
            throw new StorageException(path, $"{path} is an empty SQLite database, not an ItbPlanner log: nothing has been recorded there (check the --db path).");
        }

        return WriteTransaction.Run(connection, path, busyTimeout, () =>
        {
            // Read again under the write lock: another process may have migrated meanwhile.
            var version = CurrentVersion(connection, path);
            Sql.Execute(
                connection,
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);"
                + $" PRAGMA application_id = {ApplicationId.ToString(CultureInfo.InvariantCulture)};");
            foreach (var migration in All.Where(m => m.Version > version))
            {
                Sql.Execute(connection, migration.Sql);
                using var record = connection.CreateCommand();
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at)";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$name", migration.Name);
                record.Parameters.AddWithValue("$at", LogTimestamp.Format(clock.GetUtcNow()));
                record.ExecuteNonQuery();
            }

            return LatestVersion;
        });
    }

    private static int CurrentVersion(SqliteConnection connection, string path)
    {
        var applicationId = Convert.ToInt64(Sql.Scalar(connection, "PRAGMA application_id"), CultureInfo.InvariantCulture);
        var hasVersionTable = Convert.ToInt64(
            Sql.Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"),
            CultureInfo.InvariantCulture) > 0;
        var objects = Convert.ToInt64(Sql.Scalar(connection, "SELECT count(*) FROM sqlite_master"), CultureInfo.InvariantCulture);
        if ((applicationId != 0 && applicationId != ApplicationId) || (!hasVersionTable && objects > 0))
        {
            throw new StorageException(path, $"{path} is an SQLite database of another application, not an ItbPlanner log; check the --db path.");
        }

        if (!hasVersionTable)
        {
            return 0;
        }

        var version = Sql.Scalar(connection, "SELECT max(version) FROM schema_version");
        var current = version is null or DBNull ? 0 : Convert.ToInt32(version, CultureInfo.InvariantCulture);
        if (current > LatestVersion)
        {
            throw new StorageException(
                path,
                $"{path} has log schema version {current}, newer than this itb understands (up to {LatestVersion}); use a newer itb.");
        }

        return current;
    }
}
