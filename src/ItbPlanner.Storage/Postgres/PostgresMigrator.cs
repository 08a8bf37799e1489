using System.Globalization;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage.Internal;
using Npgsql;

namespace ItbPlanner.Storage.Postgres;

/// <summary>
/// Brings a PostgreSQL database to the newest log schema this build knows, as <see cref="Migrator"/> does an SQLite file:
/// the embedded <c>pg-migrations/NNNN_name.sql</c> scripts in number order, in one transaction under an advisory lock
/// (two <c>itb db init</c> at once apply each script once), each recorded in <c>schema_version</c>. Only
/// <c>itb db init</c> migrates: the everyday commands run as clinicians' roles, which may not create tables, and refuse a
/// database whose schema is missing or old. A database recording a newer version is refused, never touched; so is one
/// holding tables of another application.
/// </summary>
internal static class PostgresMigrator
{
    private static readonly Migration[] All = Migration.Load("pg-migrations/");

    /// <summary>The newest schema version this build knows (the same number as SQLite's).</summary>
    public static int LatestVersion => All[^1].Version;

    /// <summary>The SQL of every migration, oldest first (what <see cref="PostgresSchema"/> expects to find).</summary>
    public static IEnumerable<string> Scripts => All.Select(m => m.Sql);

    /// <summary>The schema version in force: 0 when the database holds no log yet.</summary>
    /// <exception cref="StorageException">The database is newer than this build, or holds another application's tables.</exception>
    public static int CurrentVersion(NpgsqlConnection connection, string location)
    {
        var hasVersionTable = Sql.Scalar(connection, "SELECT to_regclass('schema_version') IS NOT NULL") is true;
        if (!hasVersionTable)
        {
            if (Sql.Scalar(connection, "SELECT to_regclass('events') IS NOT NULL OR to_regclass('patients') IS NOT NULL") is true)
            {
                throw new StorageException(location, $"{location} holds tables named events or patients that itb did not make: it is another application's database; check the --db address.");
            }

            return 0;
        }

        var version = Sql.Scalar(connection, "SELECT max(version) FROM schema_version");
        var current = version is null or DBNull ? 0 : Convert.ToInt32(version, CultureInfo.InvariantCulture);
        if (current > LatestVersion)
        {
            throw new StorageException(location, $"{location} has log schema version {current}, newer than this itb understands (up to {LatestVersion}); use a newer itb.");
        }

        return current;
    }

    /// <summary>Applies the missing migrations; returns the versions before and after.</summary>
    /// <exception cref="StorageException">As for <see cref="CurrentVersion"/>.</exception>
    public static (int Before, int After) Migrate(NpgsqlConnection connection, string location, TimeProvider clock)
    {
        using var transaction = connection.BeginTransaction();
        Sql.Execute(connection, $"SELECT pg_advisory_xact_lock({PatientLocks.Class}, 0)");
        var before = CurrentVersion(connection, location);
        Sql.Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)");
        foreach (var migration in All.Where(m => m.Version > before))
        {
            Sql.Execute(connection, migration.Sql);
            using var record = connection.CreateCommand();
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)";
            record.AddParameter("@version", migration.Version);
            record.AddParameter("@name", migration.Name);
            record.AddParameter("@at", LogTimestamp.Format(clock.GetUtcNow()));
            record.ExecuteNonQuery();
        }

        transaction.Commit();
        return (before, LatestVersion);
    }
}
