using System.Globalization;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Immunotherapy;

/// <summary>
/// Spans and lengths of immunotherapy courses as a clinician says them, the one wording every reader uses: whole days in
/// days ("2 days", "1 day"), anything else as the duration it is (the log keeps every duration in hours).
/// </summary>
public static class CourseSpan
{
    /// <summary>"2 days", "1 day", or e.g. "36 h" when the span is not whole days.</summary>
    public static string Text(Duration span) => span.Hours % 24 == 0 ? Days(span.Days) : span.ToString();

    /// <summary>A number of days with its plural: "1 day", "5 days".</summary>
    public static string Days(decimal days) => $"{days.ToString("0.##", CultureInfo.InvariantCulture)} {(days == 1 ? "day" : "days")}";

    /// <summary>
    /// The moment on <paramref name="day"/> at the clock time <paramref name="first"/> shows in the clinic's zone, with the
    /// zone's offset on that day (so a course keeps its clock time across a clock change; a time the change skips or
    /// repeats takes the zone's standard offset).
    /// </summary>
    public static DateTimeOffset SameClockTimeOn(DateOnly day, DateTimeOffset first, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(first, zone).DateTime));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The calendar date of a moment in the clinic's zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset moment, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);
    }
}
