namespace ItbPlanner.Storage.Adapters;

/// <summary>
/// The log database of one invocation, opened on first use and closed with the host. The first use decides how: a reading
/// use opens only a log that exists (never creating one where the user expected a log), a recording use creates it;
/// only the default location (<paramref name="isDefault"/>) has its directory created.
/// </summary>
/// <param name="path">The database file (absolute).</param>
/// <param name="isDefault">Whether the path is the default location rather than one the user gave.</param>
/// <param name="clock">The clock that stamps recording times.</param>
public sealed class LogConnection(string path, bool isDefault, TimeProvider clock) : IDisposable
{
    private LogDatabase? database;

    /// <summary>The database file's path.</summary>
    public string Path => path;

    /// <summary>The open database; opened, on first use, for reading (must exist) or for recording (created).</summary>
    /// <exception cref="StorageException">It cannot be opened.</exception>
    public LogDatabase Open(bool reading) =>
        database ??= LogDatabase.Open(path, clock, LogDatabaseOptions.Default with { CreateDirectory = isDefault && !reading, MustExist = reading });

    /// <inheritdoc/>
    public void Dispose() => database?.Dispose();
}
