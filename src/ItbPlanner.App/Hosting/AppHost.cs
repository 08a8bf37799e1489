using System.CommandLine;
using ItbPlanner.App.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ItbPlanner.App.Hosting;

/// <summary>
/// Builds the generic host for one invocation. Configuration, lowest to highest priority: the user's config file
/// (<c>$XDG_CONFIG_HOME/itb-planner/config.json</c>), environment variables (<c>ITB_DB</c>, <c>ITB_PROTOCOL</c>,
/// <c>ITB_TIME_ZONE</c>),
/// then command-line options.
/// </summary>
internal static class AppHost
{
    /// <summary>
    /// Builds the host's services; tests override services through <see cref="CliEnvironment.ConfigureServices"/>. The
    /// builder composes configuration and services as the generic host does, but the host itself is not built: one
    /// invocation runs one command (or the bedside app) to its end and starts no hosted service, and building the host
    /// resolved its logging and options through generic types the Native AOT runtime had to construct at start-up
    /// (about 3 ms of every command).
    /// </summary>
    /// <exception cref="UserInputException">The user's config.json exists and is not valid (exit 2, PATH:LINE).</exception>
    public static ServiceProvider Build(CliEnvironment environment, ParseResult parseResult, GlobalOptions globals)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "itb",
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });

        // Read strictly here (ConfigFile), never by the JSON configuration provider, whose errors are exceptions (exit 1).
        var configFile = ConfigFilePath(environment);
        if (configFile is not null)
        {
            builder.Configuration.AddInMemoryCollection(ConfigFile.Read(configFile));
        }

        builder.Configuration.AddInMemoryCollection(Settings(
            (SettingKeys.Database, environment.GetVariable("ITB_DB")),
            (SettingKeys.Protocol, environment.GetVariable("ITB_PROTOCOL")),
            (SettingKeys.TimeZone, environment.GetVariable("ITB_TIME_ZONE"))));
        builder.Configuration.AddInMemoryCollection(Settings(
            (SettingKeys.Database, parseResult.GetValue(globals.Database)),
            (SettingKeys.Protocol, parseResult.GetValue(globals.Protocol))));

        builder.Services.AddItbPlanner(environment);
        environment.ConfigureServices?.Invoke(builder.Services);
        return builder.Services.BuildServiceProvider();
    }

    private static string? ConfigFilePath(CliEnvironment environment)
    {
        var configHome = environment.GetVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrEmpty(configHome))
        {
            var home = environment.GetVariable("HOME");
            if (string.IsNullOrEmpty(home))
            {
                return null;
            }

            configHome = Path.Combine(home, ".config");
        }

        return Path.Combine(configHome, "itb-planner", "config.json");
    }

    private static IEnumerable<KeyValuePair<string, string?>> Settings(params (string Key, string? Value)[] pairs) =>
        pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value));
}
