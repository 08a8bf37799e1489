namespace ItbPlanner.Domain.Quantities;

/// <summary>
/// What every typed quantity offers whatever its unit enum: an exact decimal value of one dimension. Equality and ordering
/// compare the amount (10 mg equals 10000 mcg); <c>default</c> is zero in the base unit. Readers of text (ItbPlanner.Units)
/// build quantities through <see cref="From(decimal, UnitDefinition)"/>.
/// </summary>
/// <typeparam name="TSelf">The quantity type.</typeparam>
public interface IQuantity<TSelf> : IEquatable<TSelf>, IComparable<TSelf>, IComparable, IFormattable
    where TSelf : struct, IQuantity<TSelf>
{
    /// <summary>The dimension every value of this type has.</summary>
    static abstract Dimension Dimension { get; }

    /// <summary>The number, in the unit the value was given in.</summary>
    decimal Value { get; }

    /// <summary>The canonical symbol of the value's unit, e.g. <c>mcg/day</c>.</summary>
    string UnitSymbol { get; }

    /// <summary>Creates a value in a unit of the catalog.</summary>
    /// <exception cref="ArgumentException">The unit is of another dimension.</exception>
    static abstract TSelf From(decimal value, UnitDefinition unit);
}
