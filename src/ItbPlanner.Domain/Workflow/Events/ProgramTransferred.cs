namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>
/// A planned program (implant, dose change or refill) was entered into the pump, which runs it. Which plan it was is the
/// log's business (its sequence number); the course asks only that a pump is in place.
/// </summary>
/// <param name="At">When it happened.</param>
public sealed record ProgramTransferred(DateTimeOffset At) : CourseEvent(At);
