namespace ItbPlanner.Storage.Adapters;

/// <summary>
/// The log database of one invocation, located and opened on first use and closed with the host. The first use decides
/// how: a reading use opens only a log that exists (never creating one where the user expected a log), a recording use
/// creates it; only the default location has its directory created.
/// </summary>
/// <param name="locate">Where the log is, and whether that is the default location rather than one the user gave.</param>
/// <param name="clock">The clock that stamps recording times.</param>
/// <param name="warn">Told each warning of the opening (a log readable by others, tightened to 0600); none when null.</param>
public sealed class LogConnection(Func<(string Path, bool IsDefault)> locate, TimeProvider clock, Action<string>? warn = null) : IDisposable
{
    private readonly Lazy<(string Path, bool IsDefault)> location = new(locate);
    private LogDatabase? database;

    /// <summary>The database file's path.</summary>
    public string Path => location.Value.Path;

    /// <summary>The open database; opened, on first use, for reading (must exist) or for recording (created).</summary>
    /// <exception cref="StorageException">It cannot be opened.</exception>
    public LogDatabase Open(bool reading)
    {
        if (database is null)
        {
            database = LogDatabase.Open(Path, clock, LogDatabaseOptions.Default with { CreateDirectory = location.Value.IsDefault && !reading, MustExist = reading });
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
