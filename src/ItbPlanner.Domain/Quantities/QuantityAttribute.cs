namespace ItbPlanner.Domain.Quantities;

/// <summary>
/// Marks a <c>readonly partial struct</c> as a quantity: ItbPlanner.Generators writes its shared members (construction,
/// conversion, formatting, equality, ordering, arithmetic and named twins) from one template at compile time. The struct
/// declares only its named factories and properties; cross-dimension operators live in <c>&lt;Type&gt;.Operators.cs</c>.
/// </summary>
/// <typeparam name="TUnit">The quantity's own unit enum, so a unit of another dimension does not compile.</typeparam>
/// <param name="dimension">The dimension every value of the type has.</param>
/// <param name="baseUnit">The unit <c>default</c> is in: the dimension's base unit in <see cref="UnitCatalog"/>.</param>
[AttributeUsage(AttributeTargets.Struct, Inherited = false)]
internal sealed class QuantityAttribute<TUnit>(Dimension dimension, TUnit baseUnit) : Attribute
    where TUnit : struct, Enum
{
    /// <summary>The dimension every value of the type has.</summary>
    public Dimension Dimension { get; } = dimension;

    /// <summary>The unit <c>default</c> is in.</summary>
    public TUnit BaseUnit { get; } = baseUnit;
}
