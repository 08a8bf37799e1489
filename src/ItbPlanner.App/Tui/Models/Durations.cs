using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Tui.Models;

/// <summary>Converts between the domain's exact durations and the clock's time spans (rounded to the tick).</summary>
internal static class Durations
{
    /// <summary>The duration as a time span.</summary>
    public static TimeSpan ToTimeSpan(this Duration duration) => TimeSpan.FromTicks((long)decimal.Round(duration.Hours * TimeSpan.TicksPerHour));

    /// <summary>The time between two moments as a duration in days.</summary>
    public static Duration Between(DateTimeOffset start, DateTimeOffset end) => Duration.FromDays((decimal)(end - start).Ticks / TimeSpan.TicksPerDay);
}
