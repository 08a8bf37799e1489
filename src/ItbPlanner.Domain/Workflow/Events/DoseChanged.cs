using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>The daily dose was changed.</summary>
/// <param name="At">When it happened.</param>
/// <param name="NewDose">The new daily dose.</param>
/// <param name="OverrideReason">Why a change beyond the limits was made, if it was.</param>
public sealed record DoseChanged(DateTimeOffset At, MassFlow NewDose, string? OverrideReason = null) : CourseEvent(At);
