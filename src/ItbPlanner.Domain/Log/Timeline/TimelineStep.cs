using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>From <see cref="At"/> on, a daily dose is in force until the series' next step (zero once stopped).</summary>
/// <param name="Date">The local date it took effect; the timeline's first date for a step carried in.</param>
/// <param name="At">When it took effect (for a step carried in: when it first did, before the timeline's start).</param>
/// <param name="Daily">The daily dose or daily total in force.</param>
/// <param name="Event">The code of the event that set it (<c>implant</c>, <c>dose-program</c>, <c>medication</c>, …).</param>
/// <param name="Seq">The event that set it.</param>
public sealed record TimelineStep(DateOnly Date, DateTimeOffset At, MassFlow Daily, string Event, long Seq)
{
    /// <summary>How the value follows from what was logged (a medicine's dose × 24 h ÷ interval), or null when it was logged as it stands.</summary>
    public string? Working { get; init; }

    /// <summary>Whether the step was set before the timeline's start and is shown in force at it.</summary>
    public bool CarriedIn { get; init; }
}
