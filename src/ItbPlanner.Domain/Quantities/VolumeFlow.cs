namespace ItbPlanner.Domain.Quantities;

/// <summary>A pump's volume rate in mL/day or mL/h, exact.</summary>
[Quantity<VolumeFlowUnit>(Dimension.VolumeFlow, VolumeFlowUnit.MilliliterPerDay)]
public readonly partial struct VolumeFlow
{
    /// <summary>The value in millilitres per day.</summary>
    public decimal MillilitersPerDay => As(VolumeFlowUnit.MilliliterPerDay);

    /// <summary>The value in millilitres per hour.</summary>
    public decimal MillilitersPerHour => As(VolumeFlowUnit.MilliliterPerHour);

    /// <summary>Creates a value in millilitres per day.</summary>
    public static VolumeFlow FromMillilitersPerDay(decimal value) => new(value, VolumeFlowUnit.MilliliterPerDay);

    /// <summary>Creates a value in millilitres per hour.</summary>
    public static VolumeFlow FromMillilitersPerHour(decimal value) => new(value, VolumeFlowUnit.MilliliterPerHour);
}
