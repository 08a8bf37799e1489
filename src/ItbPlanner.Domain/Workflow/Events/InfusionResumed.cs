using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>A suspended infusion was restarted.</summary>
/// <param name="At">When it happened.</param>
/// <param name="RestartDose">The daily dose it restarted at.</param>
public sealed record InfusionResumed(DateTimeOffset At, MassFlow RestartDose) : CourseEvent(At);
