namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>Daily titration began (or resumed after maintenance).</summary>
/// <param name="At">When it happened.</param>
public sealed record TitrationStarted(DateTimeOffset At) : CourseEvent(At);
