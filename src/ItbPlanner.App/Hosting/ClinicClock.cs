using ItbPlanner.App.Cli;

namespace ItbPlanner.App.Hosting;

/// <summary>
/// The clinic's clock: the process clock read in the clinic's time zone, so that every local date (refill-by dates, the
/// schedule, reports, the UI) is the same on every workstation, whatever zone the machine itself is set to. The zone is
/// the <c>TimeZone</c> setting (config.json, or <c>ITB_TIME_ZONE</c>), an IANA id such as <c>Europe/Berlin</c>; without
/// it, the machine's own zone.
/// </summary>
/// <param name="inner">The process clock (a fake one in tests).</param>
/// <param name="zone">The clinic's time zone.</param>
internal sealed class ClinicClock(TimeProvider inner, TimeZoneInfo zone) : TimeProvider
{
    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => zone;

    /// <inheritdoc/>
    public override long TimestampFrequency => inner.TimestampFrequency;

    /// <summary>The clinic's zone from a configured id, or the machine's when none is configured.</summary>
    /// <exception cref="UserInputException">The id names no known time zone.</exception>
    public static TimeZoneInfo Zone(string? configured, TimeZoneInfo machine)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return machine;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(configured.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new UserInputException($"the clinic's time zone '{configured.Trim()}' (ITB_TIME_ZONE, or TimeZone in config.json) is not a known time zone; use an IANA id such as Europe/Berlin.");
        }
    }

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    /// <inheritdoc/>
    public override long GetTimestamp() => inner.GetTimestamp();

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
