namespace ItbPlanner.Application.Ports;

/// <summary>
/// The therapy log cannot be used: no log where one was expected, a directory that cannot be written, a file that is not
/// a log, a busy or damaged file. The message is one line saying what is wrong and what to do.
/// </summary>
public sealed class LogUnavailableException : IOException
{
    /// <summary>Creates the exception.</summary>
    public LogUnavailableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
