using System.CommandLine;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb db init</c>: setting up the log's database (an SQLite file, or a clinic's PostgreSQL server).</summary>
internal static class DatabaseCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("db", "The log's database: create its schema on a PostgreSQL server (or in an SQLite file) and the clinic's roles (--db PATH|URL or ITB_DB chooses it).");
        command.Subcommands.Add(DatabaseInitCommand.Create(environment, globals));
        return command;
    }
}
