using System.Data;
using System.Data.Common;
using System.Globalization;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage.Internal;
using Npgsql;

namespace ItbPlanner.Storage.Postgres;

/// <summary>
/// The team log on a PostgreSQL server: one connection (Npgsql's slim data source: no reflection-based type mapping,
/// fit for Native AOT; TLS as <c>sslmode</c> asks). A write runs in one READ COMMITTED transaction that first takes the
/// transaction advisory lock of every patient it appends to (<see cref="PatientLocks"/>), so writers on any number of
/// workstations append to one patient one after the other, each reading the head the previous one committed, while
/// different patients' appends run side by side; the unique index on (patient, seq) refuses a duplicate should anything
/// bypass the lock. Reads of a checkpoint run in one REPEATABLE READ snapshot. The schema must exist: <c>itb db init</c>
/// creates it (<see cref="Initialise"/>).
/// </summary>
public sealed class PostgresLogDatabase : LogDatabase
{
    private readonly NpgsqlDataSource source;
    private readonly NpgsqlConnection connection;
    private readonly TimeSpan busyTimeout;

    private PostgresLogDatabase(string location, NpgsqlDataSource source, NpgsqlConnection connection, TimeProvider clock, TimeSpan busyTimeout, int schemaVersion)
        : base(location, clock, schemaVersion, [])
    {
        this.source = source;
        this.connection = connection;
        this.busyTimeout = busyTimeout;
    }

    /// <summary>The role the connection logged in as.</summary>
    public string UserName => connection.UserName ?? string.Empty;

    /// <inheritdoc/>
    private protected override DbConnection Connection => connection;

    /// <summary>Opens the log on a server whose schema <c>itb db init</c> has created and brought up to date.</summary>
    /// <exception cref="StorageException">The server cannot be reached or refuses the login, or the database holds no log,
    /// an older or newer one, or another application's tables.</exception>
    public static new PostgresLogDatabase Open(LogTarget target, TimeProvider clock, LogDatabaseOptions? options = null)
    {
        var database = Connect(target, clock, options);
        try
        {
            var version = database.Read(c => PostgresMigrator.CurrentVersion((NpgsqlConnection)c, target.Location));
            if (version == 0)
            {
                throw new StorageException(target.Location, $"{target.Location} holds no ItbPlanner log yet: the clinic's administrator runs 'itb db init --db ADDRESS' there first.");
            }

            if (version < PostgresMigrator.LatestVersion)
            {
                throw new StorageException(target.Location, $"{target.Location} holds log schema version {version}, older than this itb's {PostgresMigrator.LatestVersion}: the administrator runs 'itb db init' to bring it up to date.");
            }

            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>Creates or updates the log's schema on the server (<c>itb db init</c>); returns the versions before and after.</summary>
    /// <exception cref="StorageException">The server cannot be reached, the role may not create tables, or the database is not a log.</exception>
    public static (int Before, int After) Initialise(LogTarget target, TimeProvider clock)
    {
        using var database = Connect(target, clock, null);
        return database.Read(c => PostgresMigrator.Migrate((NpgsqlConnection)c, target.Location, clock));
    }

    /// <summary>Creates the writer and reviewer roles and grants them their privileges (<see cref="PostgresRoles"/>).</summary>
    /// <exception cref="StorageException">The role connected may not create roles or grant on the tables.</exception>
    public void CreateRoles() => Read(c =>
    {
        Sql.Execute(c, PostgresRoles.Sql);
        return 0;
    });

    /// <inheritdoc/>
    public override void Dispose()
    {
        connection.Dispose();
        source.Dispose();
    }

    /// <inheritdoc/>
    internal override T Snapshot<T>(Func<DbConnection, T> read) => Read(c =>
    {
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        Sql.Execute(c, "SET TRANSACTION READ ONLY");
        var result = read(c);
        transaction.Commit();
        return result;
    });

    /// <inheritdoc/>
    internal override T Write<T>(IEnumerable<PatientId> patients, Func<DbConnection, T> work) => Read(c =>
    {
        using var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        Sql.Execute(c, string.Create(CultureInfo.InvariantCulture, $"SET LOCAL lock_timeout = {(long)busyTimeout.TotalMilliseconds}"));
        using (var lockPatient = c.CreateCommand())
        {
            lockPatient.CommandText = $"SELECT pg_advisory_xact_lock({PatientLocks.Class}, @key)";
            lockPatient.AddParameter("@key", 0);
            foreach (var key in PatientLocks.Keys(patients))
            {
                lockPatient.Parameters[0].Value = key;
                lockPatient.ExecuteNonQuery();
            }
        }

        var result = work(c);
        transaction.Commit();
        return result;
    });

    /// <inheritdoc/>
    internal override long ApplicationId(DbConnection connection) => Migrator.ApplicationId;

    /// <inheritdoc/>
    /// <remarks>The server keeps its own pages (checksums, WAL); a reachable database that answered is sound to us.</remarks>
    internal override LogProblem? Damage(DbConnection connection) => null;

    /// <inheritdoc/>
    internal override IEnumerable<LogProblem> Schema(DbConnection connection) => PostgresSchema.Compare((NpgsqlConnection)connection);

    /// <inheritdoc/>
    private protected override StorageException ToStorage(DbException e) => PostgresErrors.ToStorage(e, Path, UserName);

    private static PostgresLogDatabase Connect(LogTarget target, TimeProvider clock, LogDatabaseOptions? options)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(clock);
        var connectionString = target.ConnectionString ?? throw new ArgumentException("Not a PostgreSQL log.", nameof(target));
        var builder = new NpgsqlSlimDataSourceBuilder(connectionString);
        builder.EnableTransportSecurity();
        var source = builder.Build();
        NpgsqlConnection? connection = null;
        try
        {
            connection = source.OpenConnection();
            return new PostgresLogDatabase(target.Location, source, connection, clock, (options ?? LogDatabaseOptions.Default).BusyTimeout, PostgresMigrator.LatestVersion);
        }
        catch (Exception e) when (e is DbException or TimeoutException or IOException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            connection?.Dispose();
            source.Dispose();
            throw PostgresErrors.ToStorage(e, target.Location, connection?.UserName ?? new NpgsqlConnectionStringBuilder(connectionString).Username);
        }
    }
}
