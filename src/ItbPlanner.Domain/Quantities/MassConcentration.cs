namespace ItbPlanner.Domain.Quantities;

/// <summary>Drug per volume of solution in mcg/mL or mg/mL, exact. Printed <c>mcg/mL</c>, never µg/mL.</summary>
[Quantity<MassConcentrationUnit>(Dimension.MassConcentration, MassConcentrationUnit.MicrogramPerMilliliter)]
public readonly partial struct MassConcentration
{
    /// <summary>The value in micrograms per millilitre.</summary>
    public decimal MicrogramsPerMilliliter => As(MassConcentrationUnit.MicrogramPerMilliliter);

    /// <summary>The value in milligrams per millilitre.</summary>
    public decimal MilligramsPerMilliliter => As(MassConcentrationUnit.MilligramPerMilliliter);

    /// <summary>Creates a value in micrograms per millilitre.</summary>
    public static MassConcentration FromMicrogramsPerMilliliter(decimal value) => new(value, MassConcentrationUnit.MicrogramPerMilliliter);

    /// <summary>Creates a value in milligrams per millilitre.</summary>
    public static MassConcentration FromMilligramsPerMilliliter(decimal value) => new(value, MassConcentrationUnit.MilligramPerMilliliter);
}
