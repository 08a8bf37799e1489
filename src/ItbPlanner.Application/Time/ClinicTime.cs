using System.Globalization;

namespace ItbPlanner.Application.Time;

/// <summary>
/// The clinic's calendar on its clock: the host registers one <see cref="TimeProvider"/> whose local time zone is the
/// clinic's, so today, the local date of a moment and how a moment is shown are the same on every workstation.
/// </summary>
public static class ClinicTime
{
    /// <summary>How a local moment is shown and typed: to the minute.</summary>
    public const string MomentFormat = "yyyy-MM-dd HH:mm";

    /// <summary>Today in the clinic's time zone.</summary>
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    /// <summary>The clinic's local date of a moment.</summary>
    public static DateOnly LocalDate(this TimeProvider clock, DateTimeOffset moment)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, clock.LocalTimeZone).DateTime);
    }

    /// <summary>A moment in the clinic's local time, to the minute.</summary>
    public static string Local(this TimeProvider clock, DateTimeOffset moment)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return TimeZoneInfo.ConvertTime(moment, clock.LocalTimeZone).ToString(MomentFormat, CultureInfo.InvariantCulture);
    }

    /// <summary>The start of a local date, in UTC (the earlier instant when midnight happened twice).</summary>
    public static DateTimeOffset StartOf(this TimeProvider clock, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var zone = clock.LocalTimeZone;
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        for (var local = midnight; local < midnight.AddHours(3); local = local.AddMinutes(30))
        {
            if (!zone.IsInvalidTime(local))
            {
                var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
                return new DateTimeOffset(local, offset).ToUniversalTime();
            }
        }

        return new DateTimeOffset(midnight, zone.BaseUtcOffset).ToUniversalTime();
    }
}
