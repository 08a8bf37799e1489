using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Charts;
using ItbPlanner.App.Output.Export;
using ItbPlanner.Application.Review;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb report --patient ID --out FILE.html</c>: a self-contained HTML page for a team review.</summary>
internal static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var patient = LogOptions.Patient();
        var output = LogOptions.Out("The HTML file to write (created owner-only).");
        output.Required = true;
        var command = new Command("report", "Write one self-contained HTML page for a team review: summary, program, next alarm, empty, worst-case empty and refill-by dates (recomputed as itb schedule does), alerts, chart, events.") { patient, output };
        CommandAction.Set<PrepareReport>(command, environment, globals, (context, useCase) =>
        {
            var id = context.Get(patient)!.Value;
            var report = useCase.Prepare(id);
            var (timeline, events, verification, now, outlook) = (report.Record, report.Record.Events, report.Verification, report.Now, report.Outlook);
            var model = new HtmlReport.Model(
                report.Registration,
                timeline,
                events,
                report.Voided,
                verification,
                report.Today,
                LogOptions.Local(context, now),
                context.Protocol.Title,
                DoseChartSvg.Render(timeline, now, $"Patient {id} — daily intrathecal baclofen dose", context.Clock.LocalTimeZone, LogChartCommand.ChartSubtitle(outlook)),
                moment => LogOptions.Local(context, moment),
                outlook,
                report.Timeline,
                TimelineSvg.Render(report.Timeline, context.Clock.LocalTimeZone, $"Patient {id} — therapy timeline"));
            var path = context.Get(output)!;
            OutputFile.Write(path, HtmlReport.Render(model));
            context.Out.WriteLine($"Wrote {path}: review of patient {id}, {events.Count} events" + (verification.IsIntact ? "." : " — the hash chain is BROKEN (see the report)."));
            return verification.IsIntact ? ExitCodes.Ok : ExitCodes.LogVerificationFailed;
        });
        return command;
    }
}
