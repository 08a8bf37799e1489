namespace ItbPlanner.Domain.Quantities;

/// <summary>A dose rate in mcg/day, mg/day or mcg/h, exact: the daily dose a pump delivers. Printed <c>mcg/day</c>, never µg.</summary>
[Quantity<MassFlowUnit>(Dimension.MassFlow, MassFlowUnit.MicrogramPerDay)]
public readonly partial struct MassFlow
{
    /// <summary>The value in micrograms per day.</summary>
    public decimal MicrogramsPerDay => As(MassFlowUnit.MicrogramPerDay);

    /// <summary>The value in milligrams per day.</summary>
    public decimal MilligramsPerDay => As(MassFlowUnit.MilligramPerDay);

    /// <summary>The value in micrograms per hour.</summary>
    public decimal MicrogramsPerHour => As(MassFlowUnit.MicrogramPerHour);

    /// <summary>Creates a value in micrograms per day.</summary>
    public static MassFlow FromMicrogramsPerDay(decimal value) => new(value, MassFlowUnit.MicrogramPerDay);

    /// <summary>Creates a value in milligrams per day.</summary>
    public static MassFlow FromMilligramsPerDay(decimal value) => new(value, MassFlowUnit.MilligramPerDay);

    /// <summary>Creates a value in micrograms per hour.</summary>
    public static MassFlow FromMicrogramsPerHour(decimal value) => new(value, MassFlowUnit.MicrogramPerHour);
}
