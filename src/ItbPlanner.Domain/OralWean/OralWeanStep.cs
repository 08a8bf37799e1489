using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.OralWean;

/// <summary>One step of an oral baclofen wean. Immutable.</summary>
/// <param name="Date">The day the new daily total starts.</param>
/// <param name="DailyDose">The new daily total (zero on the last step).</param>
/// <param name="Cut">How much less than the step before (or than the starting dose, for the first step).</param>
/// <param name="CutOfStart">The cut as a percentage of the starting daily dose, exact (display it with <c>DisplayChange()</c>).</param>
/// <param name="Tablets">The whole tablets that make the daily total, largest strength first; empty when no tablets were given or at zero.</param>
public sealed record OralWeanStep(DateOnly Date, MassFlow DailyDose, MassFlow Cut, Percentage CutOfStart, IReadOnlyList<TabletCount> Tablets);
