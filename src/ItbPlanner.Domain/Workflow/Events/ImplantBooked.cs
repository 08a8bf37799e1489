namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>The implant was booked.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Date">The day of surgery.</param>
public sealed record ImplantBooked(DateTimeOffset At, DateOnly Date) : CourseEvent(At);
