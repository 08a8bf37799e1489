using System.Globalization;
using ItbPlanner.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace ItbPlanner.Storage;

/// <summary>
/// An open log database: the file prepared with owner-only permissions, the connection configured, the schema migrated.
/// One instance holds one connection and is not thread-safe; several processes may each open the same file, and their
/// appends serialise (see <see cref="EventStore"/>). Every failure to open is a <see cref="StorageException"/> with one
/// clear line; nothing is written anywhere but the path given.
/// </summary>
public sealed class LogDatabase : IDisposable
{
    private readonly SqliteConnection connection;

    private LogDatabase(string path, SqliteConnection connection, TimeProvider clock, LogDatabaseOptions options, int schemaVersion, IReadOnlyList<string> warnings)
    {
        Path = path;
        this.connection = connection;
        Clock = clock;
        Options = options;
        SchemaVersion = schemaVersion;
        Warnings = warnings;
    }

    /// <summary>The database file's full path.</summary>
    public string Path { get; }

    /// <summary>The schema version in force (the newest this build knows).</summary>
    public int SchemaVersion { get; }

    /// <summary>The newest schema version this build knows.</summary>
    public static int LatestSchemaVersion => Migrator.LatestVersion;

    /// <summary>What the user should know about opening the file (its permissions were tightened); one line each.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The clock that stamps events' recording time and migrations.</summary>
    internal TimeProvider Clock { get; }

    internal LogDatabaseOptions Options { get; }

    /// <summary>Opens (creating if needed, unless <see cref="LogDatabaseOptions.MustExist"/>) the database at a path and brings its schema up to date.</summary>
    /// <param name="path">The file; relative to the current directory when not absolute.</param>
    /// <param name="clock">Where "now" comes from.</param>
    /// <param name="options">Busy timeout and directory creation; <see cref="LogDatabaseOptions.Default"/> when null.</param>
    /// <exception cref="StorageException">The file cannot be created or opened, is empty (0 bytes), is not an ItbPlanner log,
    /// or is newer than this build.</exception>
    public static LogDatabase Open(string path, TimeProvider clock, LogDatabaseOptions? options = null)
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
            return new LogDatabase(full, connection, clock, options, version, warnings);
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
    public void Dispose() => connection.Dispose();

    /// <summary>The connection's journal mode, synchronous level (2 = FULL) and foreign-key switch, for diagnostics.</summary>
    internal (string JournalMode, long Synchronous, long ForeignKeys) Pragmas() => Read(c => (
        Convert.ToString(SqliteConnectionFactory.Scalar(c, "PRAGMA journal_mode"), CultureInfo.InvariantCulture) ?? string.Empty,
        Convert.ToInt64(SqliteConnectionFactory.Scalar(c, "PRAGMA synchronous"), CultureInfo.InvariantCulture),
        Convert.ToInt64(SqliteConnectionFactory.Scalar(c, "PRAGMA foreign_keys"), CultureInfo.InvariantCulture)));

    /// <summary>Runs a read, turning SQLite errors into <see cref="StorageException"/>.</summary>
    internal T Read<T>(Func<SqliteConnection, T> read)
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
    /// Streams rows: the command runs when enumeration starts and each row is read as it is asked for, so memory does
    /// not grow with the number of rows. SQLite errors become <see cref="StorageException"/>. The connection is busy
    /// until the enumeration ends: finish (or dispose) one stream before starting another read.
    /// </summary>
    internal IEnumerable<T> Stream<T>(Action<SqliteCommand> prepare, Func<SqliteDataReader, T> read)
    {
        SqliteCommand command;
        SqliteDataReader reader;
        try
        {
            command = connection.CreateCommand();
            prepare(command);
            reader = command.ExecuteReader();
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.ToStorage(e, Path);
        }

        using (command)
        using (reader)
        {
            while (true)
            {
                T item;
                try
                {
                    if (!reader.Read())
                    {
                        yield break;
                    }

                    item = read(reader);
                }
                catch (SqliteException e)
                {
                    throw SqliteErrors.ToStorage(e, Path);
                }

                yield return item;
            }
        }
    }

    /// <summary>
    /// Runs reads in one read transaction, so they all see the log as it stood when the first began (writers carry on;
    /// with the write-ahead log they do not wait), turning SQLite errors into <see cref="StorageException"/>.
    /// </summary>
    internal T Snapshot<T>(Func<SqliteConnection, T> read) => Read(c =>
    {
        SqliteConnectionFactory.Execute(c, "BEGIN DEFERRED");
        try
        {
            return read(c);
        }
        finally
        {
            SqliteConnectionFactory.Execute(c, "COMMIT");
        }
    });

    /// <summary>Runs work in one write transaction (<c>BEGIN IMMEDIATE</c>), turning SQLite errors into <see cref="StorageException"/>.</summary>
    internal T Write<T>(Func<SqliteConnection, T> work)
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
}
