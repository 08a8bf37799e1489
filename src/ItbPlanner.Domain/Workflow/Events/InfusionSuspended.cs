namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>The infusion was suspended.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Reason">Why.</param>
public sealed record InfusionSuspended(DateTimeOffset At, string Reason) : CourseEvent(At);
