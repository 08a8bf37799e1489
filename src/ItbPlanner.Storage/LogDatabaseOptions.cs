namespace ItbPlanner.Storage;

/// <summary>How to open the log database.</summary>
/// <param name="BusyTimeout">How long a write waits for another writer (another itb process) before giving up.</param>
/// <param name="CreateDirectory">
/// Whether to create a missing parent directory (owner-only, 0700). True for the default location; false for a path
/// the user gave, where a missing directory is more likely a typing error than a wish.
/// </param>
public sealed record LogDatabaseOptions(TimeSpan BusyTimeout, bool CreateDirectory = false)
{
    /// <summary>Ten seconds' patience, no directory creation.</summary>
    public static LogDatabaseOptions Default { get; } = new(TimeSpan.FromSeconds(10));
}
