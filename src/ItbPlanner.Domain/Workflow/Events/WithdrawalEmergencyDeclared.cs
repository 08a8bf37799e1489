namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>A withdrawal emergency was declared.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Reason">What was seen, and the suspected cause.</param>
public sealed record WithdrawalEmergencyDeclared(DateTimeOffset At, string Reason) : CourseEvent(At);
