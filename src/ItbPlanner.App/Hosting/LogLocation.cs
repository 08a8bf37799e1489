using ItbPlanner.App.Cli;
using ItbPlanner.Storage;
using Microsoft.Extensions.Configuration;

namespace ItbPlanner.App.Hosting;

/// <summary>
/// Where the log database of this invocation is: <c>--db</c>, else <c>ITB_DB</c>, else the <c>Database</c> key of
/// config.json (configuration keeps that order), else the default under <c>$XDG_DATA_HOME</c>; only the default location
/// has its directory created when the log is first recorded in.
/// </summary>
internal static class LogLocation
{
    /// <summary>The path, resolved without opening anything, and whether it is the default location.</summary>
    /// <exception cref="StorageException">No path is configured and neither XDG_DATA_HOME nor HOME gives one.</exception>
    public static (string Path, bool IsDefault) Resolve(IConfiguration configuration, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[SettingKeys.Database];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (Path.GetFullPath(configured), false);
        }

        return (DatabasePath.Default(environment.GetVariable("XDG_DATA_HOME"), environment.GetVariable("HOME")), true);
    }
}
