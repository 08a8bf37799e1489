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

    /// <summary>Creates the exception, saying whether the file itself is damaged.</summary>
    public StorageException(string path, string message, bool isDamage, Exception? inner = null)
        : this(path, message, inner)
    {
        IsDamage = isDamage;
    }

    /// <summary>The database file concerned.</summary>
    public string DatabasePath { get; }

    /// <summary>
    /// Whether the file exists and holds something, but not an SQLite database SQLite can read (a flipped byte, a cut
    /// file, other content): what <c>itb log verify</c> reports as a failed verification (exit 4) rather than a wrong path.
    /// </summary>
    public bool IsDamage { get; }
}
