using ItbPlanner.App.Cli;
using ItbPlanner.Storage;
using Microsoft.Extensions.Configuration;

namespace ItbPlanner.App.Hosting;

/// <summary>
/// Where the log of this invocation is: <c>--db</c>, else <c>ITB_DB</c>, else the <c>Database</c> key of config.json
/// (configuration keeps that order), else the default under <c>$XDG_DATA_HOME</c>; a PostgreSQL URL or key/value
/// connection string selects the server, anything else is an SQLite file. Only the default location has its directory
/// created when the log is first recorded in.
/// </summary>
internal static class LogLocation
{
    /// <summary>The log, resolved without opening anything.</summary>
    /// <exception cref="StorageException">No location is configured and neither XDG_DATA_HOME nor HOME gives one, or a
    /// server address holds a password or cannot be read.</exception>
    public static LogTarget Resolve(IConfiguration configuration, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[SettingKeys.Database];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return LogTarget.Parse(configured);
        }

        return LogTarget.File(DatabasePath.Default(environment.GetVariable("XDG_DATA_HOME"), environment.GetVariable("HOME")), isDefault: true);
    }
}
