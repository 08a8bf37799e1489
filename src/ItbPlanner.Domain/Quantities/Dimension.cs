namespace ItbPlanner.Domain.Quantities;

/// <summary>The physical dimension of a quantity. Values are frozen: they may be persisted.</summary>
public enum Dimension
{
    /// <summary>An amount of drug (mcg, mg).</summary>
    Mass = 1,

    /// <summary>A volume of solution (mL).</summary>
    Volume = 2,

    /// <summary>Drug per volume of solution (mcg/mL, mg/mL).</summary>
    MassConcentration = 3,

    /// <summary>Drug per time: a daily dose or an hourly rate (mcg/day, mg/day, mcg/h).</summary>
    MassFlow = 4,

    /// <summary>Solution per time: the pump's volume rate (mL/day, mL/h).</summary>
    VolumeFlow = 5,

    /// <summary>A span of time (days, hours).</summary>
    Duration = 6,
}
