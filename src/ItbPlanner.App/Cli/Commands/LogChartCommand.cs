using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Charts;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Application.Review;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb log chart --patient ID [--out FILE.svg]</c>: the daily dose over time, refills and alarms marked.</summary>
internal static class LogChartCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var patient = LogOptions.Patient();
        var output = LogOptions.Out("Write the chart as an SVG file (default: draw it in the terminal).");
        var command = new Command("chart", "Chart a patient's daily dose over time with refills and alarms: SVG with --out, else in the terminal.") { patient, output };
        CommandAction.Set<ShowPatient>(command, environment, globals, (context, useCase) =>
        {
            var id = context.Get(patient)!.Value;
            var shown = useCase.Show(id);
            var (record, outlook) = (shown.Record, shown.Outlook);
            if (context.Get(output) is { } path)
            {
                OutputFile.Write(path, DoseChartSvg.Render(record, shown.Now, $"Patient {id} — daily intrathecal baclofen dose", context.Clock.LocalTimeZone, ChartSubtitle(outlook)));
                context.Out.WriteLine($"Wrote {path}: {record.Doses.Count} dose steps, {record.Fills.Count} fills, {record.Alarms.Count} alarms.");
            }
            else
            {
                context.Console.Write(DoseChartTerminal.Render(record, moment => LogOptions.Local(context, moment), outlook: outlook));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The SVG chart's subtitle: the current dates, recomputed as <c>itb schedule</c> does; null without a program.</summary>
    public static string? ChartSubtitle(PatientOutlook outlook) =>
        outlook.HasProgram ? $"{OutlookView.Heading}, {EventSummary.Date(outlook.Today)}: {OutlookView.Current(outlook)}" : null;
}
