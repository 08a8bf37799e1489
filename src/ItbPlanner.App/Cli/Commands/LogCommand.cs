using System.CommandLine;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb log record|show|verify|keygen|checkpoint|export|chart|copy</c>: the append-only, tamper-evident therapy log.</summary>
internal static class LogCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("log", "The therapy log: record events, review, verify the hash chain and signed checkpoints, export and chart (--db PATH|URL or ITB_DB chooses the log).");
        command.Subcommands.Add(LogRecordCommand.Create(environment, globals));
        command.Subcommands.Add(LogShowCommand.Create(environment, globals));
        command.Subcommands.Add(LogVerifyCommand.Create(environment, globals));
        command.Subcommands.Add(LogKeygenCommand.Create(environment, globals));
        command.Subcommands.Add(LogCheckpointCommand.Create(environment, globals));
        command.Subcommands.Add(LogExportCommand.Create(environment, globals));
        command.Subcommands.Add(LogChartCommand.Create(environment, globals));
        command.Subcommands.Add(LogCopyCommand.Create(environment, globals));
        return command;
    }
}
