namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>A course given over a span of days, both days included (a one-day course starts and ends on the same date).</summary>
/// <param name="From">Its first day (the timeline's first date when the course began before it).</param>
/// <param name="To">Its last day.</param>
/// <param name="Label">What was given, in a few words, e.g. <c>IVIG 124 g over 5 days</c>.</param>
/// <param name="Working">How the figures and the last day follow from what was logged.</param>
/// <param name="Event">The code of the event that logged it.</param>
/// <param name="Seq">The event that logged it.</param>
public sealed record TimelineBand(DateOnly From, DateOnly To, string Label, string Working, string Event, long Seq);
