using ItbPlanner.Application.Ports;

namespace ItbPlanner.Application.Administration;

/// <summary><c>itb log copy</c>: a whole log into an empty one (SQLite to PostgreSQL or back), every hash kept, the copy verified.</summary>
/// <param name="administration">The log's setup.</param>
public sealed class CopyLog(ILogAdministration administration)
{
    /// <summary>Copies and verifies.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The target is not empty, the source does not verify, or a location is blank.</exception>
    /// <exception cref="LogUnavailableException">Either log cannot be opened, or the copy does not verify.</exception>
    public LogCopyReport Run(string from, string to)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            throw new Domain.Errors.InvalidInputException(string.IsNullOrWhiteSpace(from) ? "from" : "to", "Give both the log to copy and the empty log to copy it into: a file path or a PostgreSQL address each.");
        }

        return administration.Copy(from, to);
    }
}
