namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>The pump was removed.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Reason">Why.</param>
public sealed record PumpExplanted(DateTimeOffset At, string Reason) : CourseEvent(At);
