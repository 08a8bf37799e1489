namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>The newest low-reservoir alarm and refill-by dates recorded in the log.</summary>
/// <param name="AlarmDate">The low-reservoir alarm date, if recorded.</param>
/// <param name="RefillByDate">The date the next refill must happen by, if recorded.</param>
/// <param name="Seq">The implant, refill or dose-program event that recorded them.</param>
/// <param name="Stale">True when the program changed after that event without new dates being recorded: re-plan.</param>
public sealed record PlannedDates(DateOnly? AlarmDate, DateOnly? RefillByDate, long Seq, bool Stale)
{
    /// <summary>When the event that recorded them happened; null when not known.</summary>
    public DateTimeOffset? RecordedWith { get; init; }
}
