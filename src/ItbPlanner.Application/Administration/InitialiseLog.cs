using ItbPlanner.Application.Ports;

namespace ItbPlanner.Application.Administration;

/// <summary>
/// <c>itb db init</c>: creates the log's schema through the versioned migrations (or brings it up to date), and on a
/// clinic's PostgreSQL server the writer and reviewer roles; or only gives the roles' SQL, for a superuser to run.
/// </summary>
/// <param name="administration">The log's setup.</param>
public sealed class InitialiseLog(ILogAdministration administration)
{
    /// <summary>The SQL that creates the roles.</summary>
    public string RolesSql => administration.RolesSql;

    /// <summary>Creates or migrates the schema; then the roles when asked.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be created or reached.</exception>
    public LogInitialisation Run(bool createRoles) => administration.Initialise(createRoles);
}
