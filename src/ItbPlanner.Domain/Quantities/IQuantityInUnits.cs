namespace ItbPlanner.Domain.Quantities;

/// <summary>A typed quantity with its own unit enum, so that a unit of the wrong dimension does not compile.</summary>
/// <typeparam name="TSelf">The quantity type.</typeparam>
/// <typeparam name="TUnit">Its unit enum.</typeparam>
public interface IQuantity<TSelf, TUnit> : IQuantity<TSelf>
    where TSelf : struct, IQuantity<TSelf, TUnit>
    where TUnit : struct, Enum
{
    /// <summary>The unit the value was given in.</summary>
    TUnit Unit { get; }

    /// <summary>Creates a value.</summary>
    static abstract TSelf From(decimal value, TUnit unit);

    /// <summary>The number in another unit.</summary>
    decimal As(TUnit unit);

    /// <summary>The same amount expressed in another unit.</summary>
    TSelf ToUnit(TUnit unit);
}
