using System.Data.Common;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage.Internal;

namespace ItbPlanner.Storage;

/// <summary>
/// An open log: an SQLite file (<see cref="SqliteLogDatabase"/>) or a PostgreSQL database
/// (<see cref="Postgres.PostgresLogDatabase"/>). The stores above it (<see cref="EventStore"/>, <see cref="PatientStore"/>,
/// <see cref="LogVerifier"/>, <see cref="Checkpoints.LogCheckpoints"/>) speak the SQL both understand through ADO.NET;
/// what differs (how a write is serialised, what the file or server checks, how errors read) lives in the two
/// subclasses. One instance holds one connection and is not thread-safe. Every failure is a <see cref="StorageException"/>
/// with one clear line.
/// </summary>
public abstract class LogDatabase : IDisposable
{
    /// <summary>Creates the log's common part.</summary>
    private protected LogDatabase(string path, TimeProvider clock, int schemaVersion, IReadOnlyList<string> warnings)
    {
        Path = path;
        Clock = clock;
        SchemaVersion = schemaVersion;
        Warnings = warnings;
    }

    /// <summary>Where the log is, for messages: the database file's full path, or the server's address (never a password).</summary>
    public string Path { get; }

    /// <summary>The schema version in force (the newest this build knows).</summary>
    public int SchemaVersion { get; }

    /// <summary>The newest schema version this build knows (the same for both stores).</summary>
    public static int LatestSchemaVersion => Migrator.LatestVersion;

    /// <summary>What the user should know about opening the log (a file's permissions were tightened); one line each.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The clock that stamps events' recording time and migrations.</summary>
    internal TimeProvider Clock { get; }

    /// <summary>Opens (creating if needed) the SQLite log at a path: <see cref="SqliteLogDatabase.Open"/>.</summary>
    /// <exception cref="StorageException">The file cannot be created or opened, or is not an ItbPlanner log.</exception>
    public static SqliteLogDatabase Open(string path, TimeProvider clock, LogDatabaseOptions? options = null) => SqliteLogDatabase.Open(path, clock, options);

    /// <summary>Opens the log a <see cref="LogTarget"/> names: an SQLite file, or a PostgreSQL database whose schema exists.</summary>
    /// <exception cref="StorageException">The log cannot be opened.</exception>
    public static LogDatabase Open(LogTarget target, TimeProvider clock, LogDatabaseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.IsServer
            ? Postgres.PostgresLogDatabase.Open(target, clock, options)
            : SqliteLogDatabase.Open(target.Location, clock, options);
    }

    /// <summary>Closes the connection.</summary>
    public abstract void Dispose();

    /// <summary>The one connection of this log.</summary>
    private protected abstract DbConnection Connection { get; }

    /// <summary>Runs a read, turning the store's errors into <see cref="StorageException"/>.</summary>
    internal T Read<T>(Func<DbConnection, T> read)
    {
        try
        {
            return read(Connection);
        }
        catch (DbException e)
        {
            throw ToStorage(e);
        }
    }

    /// <summary>
    /// Streams rows: the command runs when enumeration starts and each row is read as it is asked for, so memory does not
    /// grow with the number of rows; the store's errors become <see cref="StorageException"/>. The connection is busy until
    /// the enumeration ends: finish (or dispose) one stream before starting another read.
    /// </summary>
    internal IEnumerable<T> Stream<T>(Action<DbCommand> prepare, Func<DbDataReader, T> read)
    {
        DbCommand command;
        DbDataReader reader;
        try
        {
            command = Connection.CreateCommand();
            prepare(command);
            reader = command.ExecuteReader();
        }
        catch (DbException e)
        {
            throw ToStorage(e);
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
                catch (DbException e)
                {
                    throw ToStorage(e);
                }

                yield return item;
            }
        }
    }

    /// <summary>One line saying what a database error means for the log and what to do.</summary>
    private protected abstract StorageException ToStorage(DbException e);

    /// <summary>Runs reads in one read transaction, so they all see the log as it stood when the first began.</summary>
    internal abstract T Snapshot<T>(Func<DbConnection, T> read);

    /// <summary>
    /// Runs work in one write transaction, all or nothing, serialised against every other writer of the same patients
    /// (in any process, on any machine) before anything is read.
    /// </summary>
    /// <param name="patients">Whose logs the work appends to (none for writes that touch no patient's chain).</param>
    /// <param name="work">The reads and inserts.</param>
    internal abstract T Write<T>(IEnumerable<PatientId> patients, Func<DbConnection, T> work);

    /// <summary>The log's identity as checkpoints sign it (<c>0x49544250</c>, "ITBP", in both stores).</summary>
    internal abstract long ApplicationId(DbConnection connection);

    /// <summary>The store's own check of its storage: the first finding as one line, or null when sound.</summary>
    internal abstract LogProblem? Damage(DbConnection connection);

    /// <summary>What differs between the store's schema (the append-only triggers among it) and the one the migrations made.</summary>
    internal abstract IEnumerable<LogProblem> Schema(DbConnection connection);
}
