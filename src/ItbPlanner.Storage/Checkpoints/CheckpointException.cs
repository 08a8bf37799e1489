namespace ItbPlanner.Storage.Checkpoints;

/// <summary>
/// A key or checkpoint file cannot be used: missing, unreadable, not in the expected format, or a key file that would
/// be overwritten. The message is one line saying what to do; the command line prints it and exits with code 2. (A
/// checkpoint that reads fine but does not match the log is a verification failure, not this.)
/// </summary>
public sealed class CheckpointException : IOException
{
    /// <summary>Creates the exception.</summary>
    public CheckpointException(string path, string message, Exception? inner = null)
        : base(message, inner)
    {
        FilePath = path;
    }

    /// <summary>The file concerned.</summary>
    public string FilePath { get; }
}
