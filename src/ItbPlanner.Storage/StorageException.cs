namespace ItbPlanner.Storage;

/// <summary>
/// The log database cannot be used: a missing directory, a directory that is not writable, a file that is not an
/// ItbPlanner database, a schema from a newer version, a busy or damaged file. The message is one line saying what is
/// wrong and what to do; the command line prints it and exits with code 2.
/// </summary>
public sealed class StorageException : IOException
{
    /// <summary>Creates the exception.</summary>
    public StorageException(string path, string message, Exception? inner = null)
        : base(message, inner)
    {
        DatabasePath = path;
    }

    /// <summary>The database file concerned.</summary>
    public string DatabasePath { get; }
}
