using System.Data.Common;
using System.Globalization;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace ItbPlanner.Storage;

/// <summary>
/// An open SQLite log: the file prepared with owner-only permissions, the connection configured, the schema migrated.
/// One instance holds one connection and is not thread-safe; several processes may each open the same file, and their
/// appends serialise (see <see cref="EventStore"/>). Every failure to open is a <see cref="StorageException"/> with one
/// clear line; nothing is written anywhere but the path given.
/// </summary>
public sealed class SqliteLogDatabase : LogDatabase
{
    private readonly SqliteConnection connection;

    private SqliteLogDatabase(string path, SqliteConnection connection, TimeProvider clock, LogDatabaseOptions options, int schemaVersion, IReadOnlyList<string> warnings)
        : base(path, clock, schemaVersion, warnings)
    {
        this.connection = connection;
        Options = options;
    }

    internal LogDatabaseOptions Options { get; }

    /// <summary>Opens (creating if needed, unless <see cref="LogDatabaseOptions.MustExist"/>) the database at a path and brings its schema up to date.</summary>
    /// <param name="path">The file; relative to the current directory when not absolute.</param>
    /// <param name="clock">Where "now" comes from.</param>
    /// <param name="options">Busy timeout and directory creation; <see cref="LogDatabaseOptions.Default"/> when null.</param>
    /// <exception cref="StorageException">The file cannot be created or opened, is empty (0 bytes), is not an ItbPlanner log,
    /// or is newer than this build.</exception>
    public static new SqliteLogDatabase Open(string path, TimeProvider clock, LogDatabaseOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(clock);
        options ??= LogDatabaseOptions.Default;
        var (full, exists, warnings) = DatabaseFile.Prepare(path, options.CreateDirectory, options.MustExist);
        if (!exists)
        {
            DatabaseFile.CreateWhole(full, temporary => Initialise(temporary, full, clock, options));
        }

        SqliteConnection? connection = null;
        try
        {
            connection = SqliteConnectionFactory.Open(full, options.BusyTimeout);
            var version = Migrator.Migrate(connection, full, options.BusyTimeout, clock, mustBeLog: options.MustExist);
            return new SqliteLogDatabase(full, connection, clock, options, version, warnings);
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            throw SqliteErrors.ToStorage(e, full);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>Writes the schema into a new file (closed again, so its write-ahead log is folded in).</summary>
    private static void Initialise(string temporary, string full, TimeProvider clock, LogDatabaseOptions options)
    {
        try
        {
            using var connection = SqliteConnectionFactory.Open(temporary, options.BusyTimeout);
            Migrator.Migrate(connection, full, options.BusyTimeout, clock);
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.ToStorage(e, full);
        }
    }

    /// <summary>Closes the connection.</summary>
    public override void Dispose() => connection.Dispose();

    /// <summary>The connection's journal mode, synchronous level (2 = FULL) and foreign-key switch, for diagnostics.</summary>
    internal (string JournalMode, long Synchronous, long ForeignKeys) Pragmas() => ReadSqlite(c => (
        Convert.ToString(Sql.Scalar(c, "PRAGMA journal_mode"), CultureInfo.InvariantCulture) ?? string.Empty,
        Convert.ToInt64(Sql.Scalar(c, "PRAGMA synchronous"), CultureInfo.InvariantCulture),
        Convert.ToInt64(Sql.Scalar(c, "PRAGMA foreign_keys"), CultureInfo.InvariantCulture)));

    /// <inheritdoc/>
    private protected override DbConnection Connection => connection;

    /// <inheritdoc/>
    private protected override StorageException ToStorage(DbException e) =>
        e is SqliteException sqlite ? SqliteErrors.ToStorage(sqlite, Path) : new StorageException(Path, $"{Path}: {e.Message}", e);

    private T ReadSqlite<T>(Func<SqliteConnection, T> read)
    {
        try
        {
            return read(connection);
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.ToStorage(e, Path);
        }
    }

    /// <summary>
    /// Runs reads in one read transaction, so they all see the log as it stood when the first began (writers carry on;
    /// with the write-ahead log they do not wait), turning SQLite errors into <see cref="StorageException"/>.
    /// </summary>
    internal override T Snapshot<T>(Func<DbConnection, T> read) => ReadSqlite(c =>
    {
        Sql.Execute(c, "BEGIN DEFERRED");
        try
        {
            return read(c);
        }
        finally
        {
            Sql.Execute(c, "COMMIT");
        }
    });

    /// <summary>
    /// Runs work in one write transaction (<c>BEGIN IMMEDIATE</c>: the one write lock of the file serialises every
    /// patient's appends), turning SQLite errors into <see cref="StorageException"/>.
    /// </summary>
    internal override T Write<T>(IEnumerable<PatientId> patients, Func<DbConnection, T> work)
    {
        try
        {
            return WriteTransaction.Run(connection, Path, Options.BusyTimeout, () => work(connection));
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.ToStorage(e, Path);
        }
    }

    /// <inheritdoc/>
    internal override long ApplicationId(DbConnection connection) =>
        Convert.ToInt64(Sql.Scalar(connection, "PRAGMA application_id"), CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    internal override LogProblem? Damage(DbConnection connection) => SqliteFileChecks.Damage((SqliteConnection)connection, Path);

    /// <inheritdoc/>
    internal override IEnumerable<LogProblem> Schema(DbConnection connection) => SqliteFileChecks.Schema((SqliteConnection)connection);
}
