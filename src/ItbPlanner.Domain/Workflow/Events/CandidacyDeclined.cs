namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>The pathway ended before an implant.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Reason">Why.</param>
public sealed record CandidacyDeclined(DateTimeOffset At, string Reason) : CourseEvent(At);
