using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>A course was opened for a patient: always the first event.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Population">Whose screening schedule and dose limits apply.</param>
/// <param name="Origin">Which titration and maintenance rules apply.</param>
public sealed record CourseOpened(DateTimeOffset At, Population Population, TitrationOrigin Origin) : CourseEvent(At);
