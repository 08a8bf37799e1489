namespace ItbPlanner.Domain.Quantities;

/// <summary>An amount of drug in mcg or mg, exact. Printed in canonical units (<c>mcg</c>, never µg).</summary>
[Quantity<MassUnit>(Dimension.Mass, MassUnit.Microgram)]
public readonly partial struct Mass
{
    /// <summary>The amount in micrograms (exact).</summary>
    public decimal Micrograms => As(MassUnit.Microgram);

    /// <summary>Creates an amount in micrograms.</summary>
    public static Mass FromMicrograms(decimal value) => new(value, MassUnit.Microgram);

    /// <summary>Creates an amount in milligrams.</summary>
    public static Mass FromMilligrams(decimal value) => new(value, MassUnit.Milligram);
}
