namespace ItbPlanner.Domain.Quantities;

/// <summary>
/// What every typed quantity offers: an exact decimal value in one of its own units. Equality and ordering compare the
/// amount (10 mg equals 10000 mcg); <c>default</c> is zero in the base unit.
/// </summary>
/// <typeparam name="TSelf">The quantity type.</typeparam>
/// <typeparam name="TUnit">Its unit enum.</typeparam>
public interface IQuantity<TSelf, TUnit> : IEquatable<TSelf>, IComparable<TSelf>, IComparable, IFormattable, IParsable<TSelf>
    where TSelf : struct, IQuantity<TSelf, TUnit>
    where TUnit : struct, Enum
{
    /// <summary>The dimension every value of this type has.</summary>
    static abstract Dimension Dimension { get; }

    /// <summary>The number, in <see cref="Unit"/>.</summary>
    decimal Value { get; }

    /// <summary>The unit the value was given in.</summary>
    TUnit Unit { get; }

    /// <summary>Creates a value.</summary>
    static abstract TSelf From(decimal value, TUnit unit);

    /// <summary>The number in another unit.</summary>
    decimal As(TUnit unit);

    /// <summary>The same amount expressed in another unit.</summary>
    TSelf ToUnit(TUnit unit);
}
