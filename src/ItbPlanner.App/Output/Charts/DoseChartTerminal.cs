using System.Globalization;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Scheduling;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Charts;

/// <summary>The daily dose over time in the terminal: one bar per dose step (newest last), then the refills and alarms.</summary>
internal static class DoseChartTerminal
{
    /// <summary>How many of the newest dose steps are drawn.</summary>
    public const int MaxBars = 24;

    /// <summary>
    /// Renders the chart; <paramref name="outlook"/> adds the current dates (recomputed as <c>itb schedule</c> does) under
    /// the program, and <paramref name="svgHint"/> the command line's hint about <c>--out FILE.svg</c>.
    /// </summary>
    public static IRenderable Render(TherapyRecord timeline, Func<DateTimeOffset, string> local, bool svgHint = true, PatientOutlook? outlook = null)
    {
        var title = $"Daily dose (mcg/day), patient {TerminalText.Markup(timeline.Patient.Id.Value)}";
        if (timeline.Doses.Count == 0)
        {
            return new Markup($"{title}: no dose recorded yet.");
        }

        var chart = new BarChart { Width = 72, Label = $"[bold]{title}[/]" + (timeline.Doses.Count > MaxBars ? $" [grey](newest {MaxBars} of {timeline.Doses.Count} changes)[/]" : string.Empty) };
        foreach (var step in timeline.Doses.TakeLast(MaxBars))
        {
            chart.AddItem(local(step.At), (double)step.Dose.MicrogramsPerDay, step.Infusing ? Color.SteelBlue : Color.Grey);
        }

        var fills = timeline.Fills.Count == 0 ? "none" : $"{timeline.Fills.Count}, last {local(timeline.Fills[^1].At)}";
        var alarms = timeline.Alarms.Count == 0 ? "none" : string.Join(", ", timeline.Alarms.TakeLast(5).Select(a => $"{Domain.Log.LogCodes.Code(a.Alarm)} {local(a.At)}"));
        return new Rows(
            chart,
            new Markup($"Fills and refills: {TerminalText.Markup(fills)}"),
            new Markup($"Alarms: {(timeline.Alarms.Count == 0 ? "none" : "[red]" + TerminalText.Markup(alarms) + "[/]")}"),
            new Markup(TerminalText.Markup($"Program: {PatientView.Program(timeline.Program, local)}")),
            outlook is { HasProgram: true } ? OutlookView.Render(outlook) : Text.Empty,
            svgHint ? new Markup($"[grey]Write an SVG chart with --out FILE.svg ({timeline.Doses.Count.ToString(CultureInfo.InvariantCulture)} dose steps).[/]") : Text.Empty);
    }
}
