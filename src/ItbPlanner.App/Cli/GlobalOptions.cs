using System.CommandLine;

namespace ItbPlanner.App.Cli;

/// <summary>Options accepted by every command, before or after the command name.</summary>
internal sealed class GlobalOptions
{
    /// <summary><c>--protocol PATH</c>: use another protocol file instead of the bundled default.</summary>
    public Option<string?> Protocol { get; } = new("--protocol")
    {
        Description = "Use this protocol YAML file instead of the bundled default (or set ITB_PROTOCOL).",
        HelpName = "PATH",
        Recursive = true,
    };

    /// <summary><c>--db PATH|URL</c>: the log, an SQLite file or a PostgreSQL database.</summary>
    public Option<string?> Database { get; } = new("--db")
    {
        Description = "Use this log: an SQLite file, or a clinic's PostgreSQL database as postgresql://user@host:port/db (password from PGPASSWORD or ~/.pgpass, never here) (or set ITB_DB; default $XDG_DATA_HOME/itb-planner/itb.db).",
        HelpName = "PATH|URL",
        Recursive = true,
    };

    /// <summary><c>--verbose</c>: show details of internal errors.</summary>
    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show the details of internal errors.",
        Recursive = true,
    };

    /// <summary>Adds the options to the root command.</summary>
    public void AddTo(RootCommand root)
    {
        root.Options.Add(Protocol);
        root.Options.Add(Database);
        root.Options.Add(Verbose);
    }

}
