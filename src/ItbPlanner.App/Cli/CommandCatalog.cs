using System.CommandLine;
using ItbPlanner.App.Cli.Commands;

namespace ItbPlanner.App.Cli;

/// <summary>Every top-level command, in the order <c>itb --help</c> lists them. Features add one line here.</summary>
internal static class CommandCatalog
{
    /// <summary>Factories of the top-level commands.</summary>
    public static IReadOnlyList<Func<CliEnvironment, GlobalOptions, Command>> Factories { get; } =
    [
        RefillCommand.Create,
        ScreeningCommand.Create,
        StartDoseCommand.Create,
        TitrateCommand.Create,
        MaintenanceChangeCommand.Create,
        OralWeanCommand.Create,
        WorkflowCommand.Create,
        ReconcileCommand.Create,
        ScheduleCommand.Create,
        ConcentrationChangeCommand.Create,
        FlexCommand.Create,
        ConvertCommand.Create,
        ProtocolCommand.Create,
        PatientCommand.Create,
        LogCommand.Create,
        DatabaseCommand.Create,
        TimelineCommand.Create,
        ReportCommand.Create,
    ];
}
