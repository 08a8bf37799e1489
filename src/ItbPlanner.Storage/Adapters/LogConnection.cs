namespace ItbPlanner.Storage.Adapters;

/// <summary>
/// The log of one invocation, located and opened on first use and closed with the host: an SQLite file or a PostgreSQL
/// database (<see cref="LogTarget"/>). The first use decides how a file is opened: a reading use opens only a log that
/// exists (never creating one where the user expected a log), a recording use creates it; only the default location has
/// its directory created. A server's log is never created here: <c>itb db init</c> does that.
/// </summary>
/// <param name="locate">Where the log is.</param>
/// <param name="clock">The clock that stamps recording times.</param>
/// <param name="warn">Told each warning of the opening (a log readable by others, tightened to 0600); none when null.</param>
public sealed class LogConnection(Func<LogTarget> locate, TimeProvider clock, Action<string>? warn = null) : IDisposable
{
    private readonly Lazy<LogTarget> target = new(locate);
    private LogDatabase? database;

    /// <summary>Where the log is: the database file's path, or the server's address (without secrets).</summary>
    public string Path => target.Value.Location;

    /// <summary>The log's target (file or server).</summary>
    public LogTarget Target => target.Value;

    /// <summary>The clock that stamps recording times.</summary>
    public TimeProvider Clock => clock;

    /// <summary>The open database; opened, on first use, for reading (must exist) or for recording (created).</summary>
    /// <exception cref="StorageException">It cannot be opened.</exception>
    public LogDatabase Open(bool reading)
    {
        if (database is null)
        {
            var where = target.Value;
            database = LogDatabase.Open(where, clock, LogDatabaseOptions.Default with { CreateDirectory = where.IsDefault && !reading, MustExist = reading });
            foreach (var warning in database.Warnings)
            {
                warn?.Invoke(warning);
            }
        }

        return database;
    }

    /// <inheritdoc/>
    public void Dispose() => database?.Dispose();
}
