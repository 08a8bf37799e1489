using System.CommandLine;
using System.Globalization;
using ItbPlanner.Application.Administration;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb db init [--no-roles | --print-roles-sql]</c>: creates the log's schema through the versioned migrations, or
/// brings it up to date (a PostgreSQL database's everyday users cannot: only this command migrates there); on a server
/// also the writer role for clinicians and the read-only role for reviewers, when the role connected may create roles.
/// <c>--print-roles-sql</c> prints that SQL instead, touching nothing, for a superuser to run.
/// </summary>
internal static class DatabaseInitCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var printRoles = new Option<bool>("--print-roles-sql")
        {
            Description = "Print the SQL that creates the itb_writer (clinicians) and itb_reviewer (read-only) roles and their grants, for a superuser to run; connects to nothing.",
        };
        var noRoles = new Option<bool>("--no-roles") { Description = "Create or update the schema only, not the roles." };
        var command = new Command(
            "init",
            "Create the log's schema (versioned migrations) in the --db file or PostgreSQL database, or bring it up to date; on a server also the itb_writer and itb_reviewer roles.")
        {
            printRoles, noRoles,
        };
        CommandAction.Set<InitialiseLog>(command, environment, globals, (context, useCase) =>
        {
            if (context.Get(printRoles))
            {
                if (context.Get(noRoles))
                {
                    throw new UserInputException("--print-roles-sql prints the roles' SQL only: it cannot go with --no-roles.");
                }

                context.Out.Write(useCase.RolesSql);
                return ExitCodes.Ok;
            }

            var result = useCase.Run(createRoles: !context.Get(noRoles));
            var what = result.SchemaBefore == result.SchemaAfter
                ? string.Create(CultureInfo.InvariantCulture, $"is up to date (schema version {result.SchemaAfter})")
                : result.SchemaBefore == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"is created (schema version {result.SchemaAfter})")
                    : string.Create(CultureInfo.InvariantCulture, $"is brought from schema version {result.SchemaBefore} to {result.SchemaAfter}");
            context.Out.WriteLine($"The log at {result.Location} {what}.");
            foreach (var note in result.Notes)
            {
                context.Out.WriteLine($"Note: {note}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
