using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Internal;

/// <summary>Exact conversions between <see cref="Duration"/> and <see cref="TimeSpan"/> (via ticks, never via double).</summary>
internal static class DurationTime
{
    public static TimeSpan ToTimeSpan(this Duration duration) => TimeSpan.FromTicks((long)decimal.Round(duration.Hours * TimeSpan.TicksPerHour));

    public static Duration ToDuration(this TimeSpan span) => Duration.FromHours((decimal)span.Ticks / TimeSpan.TicksPerHour);

    /// <summary>The time from <paramref name="start"/> to <paramref name="end"/> as an exact duration in hours.</summary>
    public static Duration Between(DateTimeOffset start, DateTimeOffset end) => (end - start).ToDuration();
}
