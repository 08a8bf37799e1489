using System.CommandLine;
using ItbPlanner.App.Cli.Commands.Record;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb patient add|list|show|update</c>: the patients of the therapy log.</summary>
internal static class PatientCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("patient", "Register patients in the therapy log and look them up (--db PATH or ITB_DB chooses the log).");
        command.Subcommands.Add(PatientAddCommand.Create(environment, globals));
        command.Subcommands.Add(PatientListCommand.Create(environment, globals));
        command.Subcommands.Add(PatientShowCommand.Create(environment, globals));
        command.Subcommands.Add(LogRecordCommand.Kind(
            CourseRecords.All().Single(k => k.Kind == EventKind.PatientUpdated),
            environment,
            globals,
            "update",
            "Change a patient's details (e.g. --iga-deficient): logs patient-updated with the whole new record; details not given are kept."));
        return command;
    }
}
