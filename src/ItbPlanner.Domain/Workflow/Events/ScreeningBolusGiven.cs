using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>A screening bolus was given.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Dose">The bolus.</param>
public sealed record ScreeningBolusGiven(DateTimeOffset At, Mass Dose) : CourseEvent(At);
