using System.Globalization;
using ItbPlanner.Domain.Log.Timeline;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Output.Views;

/// <summary>
/// The therapy timeline as text: a compact table per series (dates and values, or courses from and to, with their
/// working), any notes, then one summary line. Pure; shared by <c>itb timeline</c> and the bedside app's timeline.
/// </summary>
internal static class TimelineView
{
    /// <summary>Renders the timeline.</summary>
    public static IRenderable Render(TherapyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var rows = new List<IRenderable>
        {
            new Markup($"[bold]Therapy timeline of patient {TerminalText.Markup(timeline.Patient.Value)}[/], {Date(timeline.From)} to {Date(timeline.To)}"),
        };
        foreach (var series in timeline.Series)
        {
            rows.Add(new Markup($"[bold]{TerminalText.Markup(series.Name)}[/]: {TerminalText.Markup(Heading(series))}"));
            rows.Add(Table(series));
        }

        rows.AddRange(timeline.Notes.Select(n => new Markup($"[yellow]Note:[/] {TerminalText.Markup(n)}")));
        rows.Add(new Markup(TerminalText.Markup(Summary(timeline))));
        return new Rows(rows);
    }

    /// <summary>The series' rows as text cells: date (or from–to), value (or course), working.</summary>
    public static IEnumerable<(string When, string What, string Working)> Rows(TimelineSeries series) => series switch
    {
        StepSeries steps => steps.Steps.Select(s => (Date(s.Date) + (s.CarriedIn ? " (in force)" : string.Empty), s.Daily.ToUnit(steps.DoseUnit).ToString(), s.Working ?? SetBy(s.Event, s.Seq))),
        PointSeries points => points.Points.Select(p => (Date(p.Date), p.Score, SetBy("assessment", p.Seq))),
        BandSeries bands => bands.Bands.Select(b => (b.From == b.To ? Date(b.From) : $"{Date(b.From)} to {Date(b.To)}", b.Label, b.Working)),
        _ => [],
    };

    /// <summary>
    /// One line: the span, then per series where it stands at the end (a dose in force, the last score of how many, the
    /// number of courses), e.g. <c>Patient SPS1, 2026-01-05 to 2026-11-21: ITB daily dose 186 mcg/day; …</c>.
    /// </summary>
    public static string Summary(TherapyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var parts = timeline.Series.Select(series => series switch
        {
            StepSeries { Steps: [.., var last] } steps => $"{series.Name} {last.Daily.ToUnit(steps.DoseUnit)}",
            StepSeries => $"{series.Name} none recorded",
            PointSeries { Points: [.., var last] } points => $"{series.Name} {last.Score} on {Date(last.Date)} ({Count(points.Points.Count, "score")})",
            BandSeries bands => $"{series.Name} {Count(bands.Bands.Count, "course")}",
            _ => series.Name,
        });
        return $"Patient {timeline.Patient.Value}, {Date(timeline.From)} to {Date(timeline.To)}: {string.Join("; ", parts)}.";
    }

    /// <summary>A series' heading: its scale and how it is drawn, e.g. <c>Diazepam daily total (mg/day), steps up to 80</c>.</summary>
    public static string Heading(TimelineSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series switch
        {
            StepSeries steps => $"{steps.Scale.Label}, steps up to {Number(steps.Scale.Maximum)}",
            PointSeries points => $"{points.Scale.Label}, scores",
            _ => $"{series.Name} ({series.Unit}), courses from the first to the last day",
        };
    }

    private static Table Table(TimelineSeries series)
    {
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn(series.Kind == TimelineSeriesKind.Bands ? "Days" : "Date");
        table.AddColumn(series.Kind == TimelineSeriesKind.Bands ? "Course" : "Value");
        table.AddColumn(series.Kind switch
        {
            TimelineSeriesKind.Steps => "Working or event",
            TimelineSeriesKind.Points => "Event",
            _ => "Working",
        });
        foreach (var (when, what, working) in Rows(series))
        {
            table.AddRow(new Text(when), new Text(TerminalText.Clean(what)), new Text(TerminalText.Clean(working)));
        }

        if (series.IsEmpty)
        {
            table.AddRow(new Text("none recorded"), new Text(string.Empty), new Text(string.Empty));
        }

        return table;
    }

    private static string SetBy(string eventCode, long seq) => $"{eventCode}, event {seq}";

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? string.Empty : "s")}";

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
