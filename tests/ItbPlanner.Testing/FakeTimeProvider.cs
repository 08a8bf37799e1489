namespace ItbPlanner.Testing;

/// <summary>A clock that says what the test tells it. Local time zone defaults to UTC.</summary>
public sealed class FakeTimeProvider(DateTimeOffset now, TimeZoneInfo? zone = null) : TimeProvider
{
    private DateTimeOffset now = now;

    /// <summary>A clock at 09:00 UTC on a date.</summary>
    public static FakeTimeProvider At(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    public override TimeZoneInfo LocalTimeZone { get; } = zone ?? TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
