using System.Globalization;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Output.Views;

/// <summary>Spans of immunotherapy courses as a clinician says them: whole days in days ("2 days", "1 day"), anything else in hours.</summary>
internal static class CourseText
{
    /// <summary>"2 days", "1 day", or e.g. "36 h" (the log keeps every duration in hours).</summary>
    public static string Span(Duration span)
    {
        var days = span.Days;
        return span.Hours % 24 == 0
            ? $"{days.ToString("0.##", CultureInfo.InvariantCulture)} {(days == 1 ? "day" : "days")}"
            : span.ToString();
    }
}
