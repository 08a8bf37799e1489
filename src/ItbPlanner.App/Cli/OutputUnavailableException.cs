namespace ItbPlanner.App.Cli;

/// <summary>
/// Standard output or standard error cannot be written (a full disk behind a redirect, a closed descriptor): one line
/// naming the cause and exit code 2, as for a log that cannot be reached, never an internal error.
/// </summary>
internal sealed class OutputUnavailableException(string cause, Exception? inner = null)
    : Exception($"cannot write the output: {cause}.", inner);
