using System.CommandLine;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb log copy --from PATH|URL --to PATH|URL</c>: copies a whole log into an empty one, SQLite file or PostgreSQL
/// server either way, event by event with every hash kept; verifies the copy and prints the digest of its heads, which
/// is the same for both logs. A target that already holds anything is refused.
/// </summary>
internal static class LogCopyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var from = new Option<string>("--from")
        {
            Description = "The log to copy: an SQLite file or a PostgreSQL address (postgresql://user@host:port/db; password from PGPASSWORD or ~/.pgpass).",
            HelpName = "PATH|URL",
            Required = true,
        };
        var to = new Option<string>("--to")
        {
            Description = "The empty log to copy into: a new SQLite file, or a PostgreSQL database prepared with 'itb db init'.",
            HelpName = "PATH|URL",
            Required = true,
        };
        var command = new Command("copy", "Copy a whole log into an empty one (SQLite to PostgreSQL or back) with every hash kept, then verify the copy.") { from, to };
        FieldFlags.Name(command, ("from", "--from"), ("to", "--to"));
        CommandAction.Set<Application.Administration.CopyLog>(command, environment, globals, (context, useCase) =>
        {
            var copied = useCase.Run(context.Get(from)!, context.Get(to)!);
            context.Out.WriteLine(
                $"Copied {copied.Events} events of {copied.Patients} patient(s) and {copied.Checkpoints} checkpoint record(s) from {copied.From} to {copied.To}; the copy verifies, with the same heads (digest {copied.HeadsDigest}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
