namespace ItbPlanner.Storage;

/// <summary>
/// Where the log lives by default: <c>$XDG_DATA_HOME/itb-planner/itb.db</c>, or <c>~/.local/share/itb-planner/itb.db</c>
/// when <c>XDG_DATA_HOME</c> is unset, empty or relative (the XDG base directory rules). The command line puts
/// <c>--db PATH</c> and <c>ITB_DB</c> in front of this.
/// </summary>
public static class DatabasePath
{
    /// <summary>The application's folder under the data directory.</summary>
    public const string AppFolder = "itb-planner";

    /// <summary>The database file name.</summary>
    public const string FileName = "itb.db";

    /// <summary>The default path from the process environment.</summary>
    /// <exception cref="StorageException">Neither <c>XDG_DATA_HOME</c> nor a home directory is known.</exception>
    public static string Default() =>
        Default(Environment.GetEnvironmentVariable("XDG_DATA_HOME"), Environment.GetEnvironmentVariable("HOME"));

    /// <summary>The default path from given values of <c>XDG_DATA_HOME</c> and <c>HOME</c> (pure; for tests).</summary>
    /// <exception cref="StorageException">Neither gives an absolute directory.</exception>
    public static string Default(string? xdgDataHome, string? home)
    {
        if (!string.IsNullOrEmpty(xdgDataHome) && Path.IsPathFullyQualified(xdgDataHome))
        {
            return Path.Combine(xdgDataHome, AppFolder, FileName);
        }

        if (!string.IsNullOrEmpty(home) && Path.IsPathFullyQualified(home))
        {
            return Path.Combine(home, ".local", "share", AppFolder, FileName);
        }

        throw new StorageException(
            FileName,
            "No place for the log: neither XDG_DATA_HOME nor HOME is set to an absolute directory; pass --db PATH or set ITB_DB.");
    }

    /// <summary>
    /// The path to use: an explicit one (<c>--db</c>) first, then one from the environment (<c>ITB_DB</c>), then the
    /// default. Blank values count as absent. Relative paths are taken from the current directory.
    /// </summary>
    public static string Resolve(string? explicitPath, string? environmentPath, Func<string> fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        var chosen = !string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
            : !string.IsNullOrWhiteSpace(environmentPath) ? environmentPath
            : fallback();
        return Path.GetFullPath(chosen);
    }
}
