using System.Globalization;
using ItbPlanner.App.Output;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tui.Views;

/// <summary>
/// Month calendars with marked days, side by side: each marked day carries its letter after the number (e.g. <c>15R</c>),
/// so the marks survive a terminal without colour, and a legend names the dates. Pure.
/// </summary>
internal static class CalendarView
{
    /// <summary>A marked day.</summary>
    /// <param name="Date">The day.</param>
    /// <param name="Letter">One letter shown after the day number.</param>
    /// <param name="Meaning">What the day is, for the legend.</param>
    /// <param name="Color">Its colour.</param>
    public sealed record Mark(DateOnly Date, char Letter, string Meaning, Color Color);

    /// <summary>The most months drawn side by side.</summary>
    public const int MaxMonths = 3;

    /// <summary>Renders the months holding a marked day, in date order: up to <see cref="MaxMonths"/>, the months of the first marks given win.</summary>
    public static IRenderable Render(IReadOnlyList<Mark> marks)
    {
        if (marks.Count == 0)
        {
            return Stack.Nothing;
        }

        var shown = marks.Select(m => new DateOnly(m.Date.Year, m.Date.Month, 1)).Distinct().Take(MaxMonths).Order();
        var months = shown.Select(month => (IRenderable)Month(month, marks)).ToList();

        var legend = string.Join(" · ", marks.OrderBy(m => m.Date).Select(m => $"[{m.Color.ToMarkup()}]{m.Letter}[/] {TerminalText.Markup(m.Meaning)} {m.Date:yyyy-MM-dd} ({m.Date.DayOfWeek})"));
        return new Rows(new Columns(months) { Expand = false }, new Markup(legend));
    }

    private static Table Month(DateOnly month, IReadOnlyList<Mark> marks)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)) };
        foreach (var day in new[] { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" })
        {
            table.AddColumn(new TableColumn(day).RightAligned().Padding(1, 0, 0, 0));
        }

        var cells = new List<IRenderable>();
        var offset = ((int)month.DayOfWeek + 6) % 7;
        cells.AddRange(Enumerable.Repeat<IRenderable>(Text.Empty, offset));
        for (var date = month; date.Month == month.Month; date = date.AddDays(1))
        {
            var mark = marks.Where(m => m.Date == date).ToArray();
            var number = date.Day.ToString(CultureInfo.InvariantCulture);
            cells.Add(mark.Length == 0
                ? new Markup(number + " ")
                : new Markup($"[bold {mark[0].Color.ToMarkup()}]{number}{string.Concat(mark.Select(m => m.Letter))}[/]"));
        }

        while (cells.Count % 7 != 0)
        {
            cells.Add(Text.Empty);
        }

        for (var i = 0; i < cells.Count; i += 7)
        {
            table.AddRow(cells.Skip(i).Take(7));
        }

        return table;
    }
}
