using System.CommandLine;
using ItbPlanner.App.Cli.Commands;

namespace ItbPlanner.App.Cli;

/// <summary>Every top-level command, in the order <c>itb --help</c> lists them. Features add one line here.</summary>
internal static class CommandCatalog
{
    /// <summary>The top-level commands: each one's name (as its factory names it; a test holds them equal) and factory.</summary>
    public static IReadOnlyList<(string Name, Func<CliEnvironment, GlobalOptions, Command> Create)> Commands { get; } =
    [
        ("refill", RefillCommand.Create),
        ("screening", ScreeningCommand.Create),
        ("start-dose", StartDoseCommand.Create),
        ("titrate", TitrateCommand.Create),
        ("maintenance-change", MaintenanceChangeCommand.Create),
        ("oral-wean", OralWeanCommand.Create),
        ("workflow", WorkflowCommand.Create),
        ("reconcile", ReconcileCommand.Create),
        ("schedule", ScheduleCommand.Create),
        ("concentration-change", ConcentrationChangeCommand.Create),
        ("flex", FlexCommand.Create),
        ("convert", ConvertCommand.Create),
        ("protocol", ProtocolCommand.Create),
        ("patient", PatientCommand.Create),
        ("log", LogCommand.Create),
        ("db", DatabaseCommand.Create),
        ("timeline", TimelineCommand.Create),
        ("report", ReportCommand.Create),
    ];

    /// <summary>
    /// Which top-level commands a command line needs built: the one its first word names; none for <c>itb --version</c>
    /// alone or <c>itb</c> alone (the bedside app); every one otherwise (<c>itb --help</c> lists them, a mistyped command is compared with them, options before
    /// the command are read by the whole tree). Building the other seventeen was about a quarter of <c>--version</c>.
    /// </summary>
    public static IEnumerable<(string Name, Func<CliEnvironment, GlobalOptions, Command> Create)> NeededBy(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is [] or ["--version"])
        {
            return [];
        }

        var named = args.Count > 0 ? Commands.Where(c => c.Name == args[0]).ToArray() : [];
        return named.Length == 1 ? named : Commands;
    }
}
