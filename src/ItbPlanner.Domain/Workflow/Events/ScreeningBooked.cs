namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>The screening trial was booked.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Date">The day of the first bolus.</param>
public sealed record ScreeningBooked(DateTimeOffset At, DateOnly Date) : CourseEvent(At);
