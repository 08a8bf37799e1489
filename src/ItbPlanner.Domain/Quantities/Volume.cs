namespace ItbPlanner.Domain.Quantities;

/// <summary>A volume of drug solution in mL, exact.</summary>
[Quantity<VolumeUnit>(Dimension.Volume, VolumeUnit.Milliliter)]
public readonly partial struct Volume
{
    /// <summary>The value in millilitres.</summary>
    public decimal Milliliters => As(VolumeUnit.Milliliter);

    /// <summary>Creates a value in millilitres.</summary>
    public static Volume FromMilliliters(decimal value) => new(value, VolumeUnit.Milliliter);
}
