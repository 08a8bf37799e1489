namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>
/// Something a <see cref="TherapyCourse"/> accepted: plain immutable data with the moment it happened, in the order
/// accepted. The log stores these, never the state: <see cref="TherapyCourse.Replay"/> rebuilds the course from them.
/// </summary>
/// <param name="At">When it happened (UTC recommended).</param>
public abstract record CourseEvent(DateTimeOffset At);
