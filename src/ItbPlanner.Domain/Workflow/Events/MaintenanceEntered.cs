namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>The dose was judged effective and stable.</summary>
/// <param name="At">When it happened.</param>
public sealed record MaintenanceEntered(DateTimeOffset At) : CourseEvent(At);
