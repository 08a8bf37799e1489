using ItbPlanner.Application.Administration;

namespace ItbPlanner.Application.Ports;

/// <summary>
/// Setting up and moving the log: creating its schema (an SQLite file, or a clinic's PostgreSQL database with its
/// writer and reviewer roles) and copying a whole log from one store to another with every hash kept.
/// </summary>
public interface ILogAdministration
{
    /// <summary>The SQL that creates the clinic's writer and reviewer roles on a PostgreSQL server, for a superuser to run.</summary>
    string RolesSql { get; }

    /// <summary>
    /// Creates the invocation's log or brings its schema up to date through the versioned migrations; on a PostgreSQL
    /// server also creates the roles when <paramref name="createRoles"/> and the connected role may.
    /// </summary>
    /// <exception cref="LogUnavailableException">The log cannot be created or reached.</exception>
    LogInitialisation Initialise(bool createRoles);

    /// <summary>Copies a whole log (a path or a server address each) into an empty one and verifies the copy.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The target is not empty, or the source does not verify.</exception>
    /// <exception cref="LogUnavailableException">Either log cannot be opened, or the copy does not verify.</exception>
    LogCopyReport Copy(string from, string to);
}
