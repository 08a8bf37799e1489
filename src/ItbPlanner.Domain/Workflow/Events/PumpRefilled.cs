namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>
/// The pump's reservoir was refilled. The course needs only the moment: the strength put in is judged against the program
/// in force by the log (a concentration mismatch is not a question of phase).
/// </summary>
/// <param name="At">When it happened.</param>
public sealed record PumpRefilled(DateTimeOffset At) : CourseEvent(At);
