namespace ItbPlanner.Domain.Quantities;

/// <summary>One unit: its dimension, frozen code, canonical symbol, exact factor to the dimension's base unit, and accepted spellings.</summary>
/// <param name="Dimension">The dimension the unit measures.</param>
/// <param name="Code">The unit's enum value.</param>
/// <param name="Symbol">The one spelling printed (e.g. <c>mcg/day</c>).</param>
/// <param name="ToBase">Multiply a value in this unit by this to get the base unit (an exact, whole factor).</param>
/// <param name="Spellings">Every accepted spelling, as written in help text.</param>
public sealed record UnitDefinition(Dimension Dimension, int Code, string Symbol, decimal ToBase, IReadOnlyList<string> Spellings);
