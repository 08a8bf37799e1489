namespace ItbPlanner.Storage;

/// <summary>How to open the log database.</summary>
/// <param name="BusyTimeout">How long a write waits for another writer (another itb process) before giving up.</param>
/// <param name="CreateDirectory">
/// Whether to create a missing parent directory (owner-only, 0700). True for the default location; false for a path
/// the user gave, where a missing directory is more likely a typing error than a wish.
/// </param>
/// <param name="MustExist">
/// Whether the file must already exist: true for reading (showing, verifying, exporting a log), which must never create an
/// empty log where the user expected one; false for recording, which creates the log on first use.
/// </param>
public sealed record LogDatabaseOptions(TimeSpan BusyTimeout, bool CreateDirectory = false, bool MustExist = false)
{
    /// <summary>Ten seconds' patience, no directory creation.</summary>
    public static LogDatabaseOptions Default { get; } = new(TimeSpan.FromSeconds(10));
}
