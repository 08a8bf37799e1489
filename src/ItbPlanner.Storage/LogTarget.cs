using ItbPlanner.Storage.Postgres;

namespace ItbPlanner.Storage;

/// <summary>
/// Which log to open, as <c>--db</c>, <c>ITB_DB</c> or config.json give it: a PostgreSQL URL
/// (<c>postgresql://user@host:port/db</c>) or key/value connection string (<c>host=… dbname=…</c>) selects the team log
/// on a server; anything else is the path of an SQLite file. A server address never carries a password (it comes from
/// <c>PGPASSWORD</c> or <c>~/.pgpass</c>), so <see cref="Location"/> can be shown anywhere.
/// </summary>
public sealed record LogTarget
{
    private LogTarget(string location, bool isServer, bool isDefault, string? connectionString)
    {
        Location = location;
        IsServer = isServer;
        IsDefault = isDefault;
        ConnectionString = connectionString;
    }

    /// <summary>The file's full path, or the server's address without any secret (for messages and output).</summary>
    public string Location { get; }

    /// <summary>Whether the log is on a PostgreSQL server rather than in an SQLite file.</summary>
    public bool IsServer { get; }

    /// <summary>Whether this is the default location (whose directory may be created), not one the user gave.</summary>
    public bool IsDefault { get; }

    /// <summary>The Npgsql connection string for a server (never with a password: Npgsql takes it from PGPASSWORD or ~/.pgpass); null for a file.</summary>
    public string? ConnectionString { get; }

    /// <summary>Reads what the user gave: a server address, else a file path (made absolute).</summary>
    /// <exception cref="StorageException">A server address holds a password, an unknown setting, or cannot be read.</exception>
    public static LogTarget Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (PostgresAddress.IsAddress(value))
        {
            var address = PostgresAddress.Parse(value);
            return new LogTarget(address.Display, isServer: true, isDefault: false, address.ConnectionString);
        }

        return File(Path.GetFullPath(value));
    }

    /// <summary>An SQLite file.</summary>
    /// <param name="path">The file (made absolute).</param>
    /// <param name="isDefault">Whether it is the default location.</param>
    public static LogTarget File(string path, bool isDefault = false) => new(Path.GetFullPath(path), isServer: false, isDefault, null);

    /// <summary>Whether a value names a server rather than a file (without reading it further).</summary>
    public static bool IsServerAddress(string? value) => value is not null && PostgresAddress.IsAddress(value);
}
