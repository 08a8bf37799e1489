namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>What the timeline's readers share: the clinic's zone, which turns logged moments into local dates.</summary>
/// <param name="Zone">The clinic's time zone.</param>
internal sealed record TimelineReading(TimeZoneInfo Zone)
{
    /// <summary>The local date of a moment.</summary>
    public DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);
}
