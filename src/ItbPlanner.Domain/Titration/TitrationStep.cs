using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>One day of a titration plan. Immutable.</summary>
/// <param name="Date">The day the new dose starts.</param>
/// <param name="Dose">The new daily dose.</param>
/// <param name="Change">The change from the previous dose, exact (display it with <c>DisplayChange()</c>, 0.01 %); negative for a decrease.</param>
public sealed record TitrationStep(DateOnly Date, MassFlow Dose, Percentage Change);
