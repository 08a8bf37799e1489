using System.Globalization;
using System.Text;

namespace ItbPlanner.App.Tui;

/// <summary>A month as a small calendar (21 columns, at most 8 lines), with marked days shown as their letter before the day.</summary>
internal static class MonthCalendar
{
    /// <summary>The month of <paramref name="month"/>, Monday first; marks outside it are listed below the grid.</summary>
    public static string Render(DateOnly month, IEnumerable<(DateOnly? Date, char Mark)> marks)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var byDay = new Dictionary<DateOnly, char>();
        var outside = new List<string>();
        foreach (var (date, mark) in marks)
        {
            if (date is not { } d)
            {
                continue;
            }

            if (d.Year == first.Year && d.Month == first.Month)
            {
                byDay.TryAdd(d, mark);
            }
            else
            {
                outside.Add($"{mark} {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            }
        }

        var text = new StringBuilder();
        var title = first.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        text.Append(title.PadLeft((22 + title.Length) / 2)).Append('\n').Append(" Mo Tu We Th Fr Sa Su");
        var offset = ((int)first.DayOfWeek + 6) % 7;
        var days = DateTime.DaysInMonth(first.Year, first.Month);
        for (var cell = 0; cell < offset + days; cell++)
        {
            if (cell % 7 == 0)
            {
                text.Append('\n');
            }

            var day = cell - offset + 1;
            var value = day < 1 ? string.Empty : day.ToString(CultureInfo.InvariantCulture);
            var shown = day >= 1 && byDay.TryGetValue(first.AddDays(day - 1), out var mark) ? mark + value.PadLeft(2) : value.PadLeft(3);
            text.Append(shown);
        }

        foreach (var line in outside.Take(1))
        {
            text.Append('\n').Append(line);
        }

        return text.ToString();
    }
}
