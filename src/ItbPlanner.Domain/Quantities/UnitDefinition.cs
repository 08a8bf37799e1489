namespace ItbPlanner.Domain.Quantities;

/// <summary>One unit: its dimension, frozen code, canonical symbol and exact factor to the dimension's base unit.</summary>
/// <param name="Dimension">The dimension the unit measures.</param>
/// <param name="Code">The unit's enum value.</param>
/// <param name="Symbol">The one spelling printed (e.g. <c>mcg/day</c>, never µg).</param>
/// <param name="ToBase">Multiply a value in this unit by this to get the base unit (an exact, whole factor).</param>
public sealed record UnitDefinition(Dimension Dimension, int Code, string Symbol, decimal ToBase);
