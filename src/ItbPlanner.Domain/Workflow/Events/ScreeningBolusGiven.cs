using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Workflow.Events;

/// <summary>A screening bolus was given.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Dose">The bolus.</param>
/// <param name="Concentration">The strength it was drawn from; null means the protocol's screening strength.</param>
public sealed record ScreeningBolusGiven(DateTimeOffset At, Mass Dose, MassConcentration? Concentration = null) : CourseEvent(At);
