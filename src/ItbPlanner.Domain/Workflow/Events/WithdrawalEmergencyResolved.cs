using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>ITB was restored after a withdrawal emergency.</summary>
/// <param name="At">When it happened.</param>
/// <param name="RestoredDose">The daily dose restored.</param>
public sealed record WithdrawalEmergencyResolved(DateTimeOffset At, MassFlow RestoredDose) : CourseEvent(At);
