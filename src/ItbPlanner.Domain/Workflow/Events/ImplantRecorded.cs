using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>The pump was implanted and the infusion started.</summary>
/// <param name="At">When it happened.</param>
/// <param name="StartDose">The starting daily dose.</param>
public sealed record ImplantRecorded(DateTimeOffset At, MassFlow StartDose) : CourseEvent(At);
