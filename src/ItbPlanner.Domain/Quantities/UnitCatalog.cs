namespace ItbPlanner.Domain.Quantities;

/// <summary>
/// Every unit ItbPlanner computes with or prints, declared once. The base unit of each dimension is the one every other
/// unit converts to by an exact multiplication (mcg, mL, mcg/mL, mcg/day, mL/day, hour), so conversions to base never round.
/// The spellings a user may type live at the unit boundary (ItbPlanner.Units), which reads them with UnitsNet.
/// </summary>
public static class UnitCatalog
{
    private static readonly UnitDefinition[] Units =
    [
        new(Dimension.Mass, (int)MassUnit.Microgram, "mcg", 1m),
        new(Dimension.Mass, (int)MassUnit.Milligram, "mg", 1000m),
        new(Dimension.Volume, (int)VolumeUnit.Milliliter, "mL", 1m),
        new(Dimension.MassConcentration, (int)MassConcentrationUnit.MicrogramPerMilliliter, "mcg/mL", 1m),
        new(Dimension.MassConcentration, (int)MassConcentrationUnit.MilligramPerMilliliter, "mg/mL", 1000m),
        new(Dimension.MassFlow, (int)MassFlowUnit.MicrogramPerDay, "mcg/day", 1m),
        new(Dimension.MassFlow, (int)MassFlowUnit.MilligramPerDay, "mg/day", 1000m),
        new(Dimension.MassFlow, (int)MassFlowUnit.MicrogramPerHour, "mcg/h", 24m),
        new(Dimension.VolumeFlow, (int)VolumeFlowUnit.MilliliterPerDay, "mL/day", 1m),
        new(Dimension.VolumeFlow, (int)VolumeFlowUnit.MilliliterPerHour, "mL/h", 24m),
        new(Dimension.Duration, (int)DurationUnit.Day, "days", 24m),
        new(Dimension.Duration, (int)DurationUnit.Hour, "h", 1m),
    ];

    /// <summary>All units, in declaration order.</summary>
    public static IReadOnlyList<UnitDefinition> All => Units;

    /// <summary>The definition of one unit of a dimension.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is not a unit of that dimension.</exception>
    public static UnitDefinition Get(Dimension dimension, int code)
    {
        foreach (var unit in Units)
        {
            if (unit.Dimension == dimension && unit.Code == code)
            {
                return unit;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(code), code, $"{code} is not a unit of {dimension}.");
    }

    /// <summary>What a clinician calls the dimension, e.g. "daily dose (mass per time)".</summary>
    public static string Describe(Dimension dimension) => dimension switch
    {
        Dimension.Mass => "mass",
        Dimension.Volume => "volume",
        Dimension.MassConcentration => "concentration (mass per volume)",
        Dimension.MassFlow => "dose rate (mass per time)",
        Dimension.VolumeFlow => "volume rate (volume per time)",
        Dimension.Duration => "duration",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown dimension."),
    };

    /// <summary>A typical value of the dimension, as a user would type it.</summary>
    public static string Example(Dimension dimension) => dimension switch
    {
        Dimension.Mass => "50mcg",
        Dimension.Volume => "40mL",
        Dimension.MassConcentration => "500mcg/mL",
        Dimension.MassFlow => "186mcg/day",
        Dimension.VolumeFlow => "0.372mL/day",
        Dimension.Duration => "24h",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown dimension."),
    };

    /// <summary>Converts a value between two units of one dimension (exact to base; dividing out of base may round at the 28th digit).</summary>
    public static decimal Convert(Dimension dimension, decimal value, int from, int to)
    {
        if (from == to)
        {
            return value;
        }

        var source = Get(dimension, from);
        var target = Get(dimension, to);
        return value * source.ToBase / target.ToBase;
    }

    /// <summary>The value expressed in the dimension's base unit (exact).</summary>
    internal static decimal ToBase(Dimension dimension, decimal value, int code) => value * Get(dimension, code).ToBase;
}
