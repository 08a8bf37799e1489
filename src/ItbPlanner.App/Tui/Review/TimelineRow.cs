using ItbPlanner.App.Output;
using ItbPlanner.App.Output.Views;
using ItbPlanner.Domain.Log.Timeline;

namespace ItbPlanner.App.Tui.Review;

/// <summary>
/// One line of the timeline window's table: a series' heading (its name and scale), or one of its steps, scores or
/// courses under it, in the words of <c>itb timeline</c>'s tables.
/// </summary>
/// <param name="Series">The series' name on its heading line, empty under it.</param>
/// <param name="When">The date, or the course's first and last day.</param>
/// <param name="Value">The value with its unit, the score, or the course.</param>
/// <param name="Detail">The working or the event; the scale on a heading line.</param>
/// <param name="Full">The whole line in words, shown under the table when selected.</param>
internal sealed record TimelineRow(string Series, string When, string Value, string Detail, string Full)
{
    /// <summary>The table's columns: header and cell.</summary>
    public static IReadOnlyList<(string Name, Func<TimelineRow, object> Read)> Columns { get; } =
    [
        ("Series", r => r.Series),
        ("Date", r => r.When),
        ("Value", r => r.Value),
        ("Working / event", r => r.Detail),
    ];

    /// <summary>The rows of a timeline: each series' heading, then its entries.</summary>
    public static IReadOnlyList<TimelineRow> Of(TherapyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var rows = new List<TimelineRow>();
        foreach (var series in timeline.Series)
        {
            var name = TerminalText.Clean(series.Name);
            var heading = TerminalText.Clean(TimelineView.Heading(series));
            rows.Add(new TimelineRow(name, string.Empty, string.Empty, heading, $"{name}: {heading}"));
            var entries = TimelineView.Rows(series).ToArray();
            rows.AddRange(entries.Select(e => new TimelineRow(
                string.Empty,
                e.When,
                TerminalText.Clean(e.What),
                TerminalText.Clean(e.Working),
                $"{name} {e.When}: {TerminalText.Clean(e.What)} · {TerminalText.Clean(e.Working)}")));
            if (entries.Length == 0)
            {
                rows.Add(new TimelineRow(string.Empty, string.Empty, "none recorded", string.Empty, $"{name}: none recorded"));
            }
        }

        return rows;
    }
}
