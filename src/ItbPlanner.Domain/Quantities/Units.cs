namespace ItbPlanner.Domain.Quantities;

// One unit enum per quantity so that a unit of the wrong dimension does not compile.
// The integer values are frozen: they may be persisted. Zero is never a unit.

/// <summary>Units of <see cref="Mass"/>.</summary>
public enum MassUnit
{
    /// <summary>Microgram, printed <c>mcg</c> (never µg, which can be misread as mg).</summary>
    Microgram = 1,

    /// <summary>Milligram, printed <c>mg</c>.</summary>
    Milligram = 2,
}

/// <summary>Units of <see cref="Volume"/>.</summary>
public enum VolumeUnit
{
    /// <summary>Millilitre, printed <c>mL</c>.</summary>
    Milliliter = 1,
}

/// <summary>Units of <see cref="MassConcentration"/>.</summary>
public enum MassConcentrationUnit
{
    /// <summary>Micrograms per millilitre, printed <c>mcg/mL</c>.</summary>
    MicrogramPerMilliliter = 1,

    /// <summary>Milligrams per millilitre, printed <c>mg/mL</c>.</summary>
    MilligramPerMilliliter = 2,
}

/// <summary>Units of <see cref="MassFlow"/> (a dose rate).</summary>
public enum MassFlowUnit
{
    /// <summary>Micrograms per day, printed <c>mcg/day</c>.</summary>
    MicrogramPerDay = 1,

    /// <summary>Milligrams per day, printed <c>mg/day</c>.</summary>
    MilligramPerDay = 2,

    /// <summary>Micrograms per hour, printed <c>mcg/h</c>.</summary>
    MicrogramPerHour = 3,
}

/// <summary>Units of <see cref="VolumeFlow"/> (a pump rate).</summary>
public enum VolumeFlowUnit
{
    /// <summary>Millilitres per day, printed <c>mL/day</c>.</summary>
    MilliliterPerDay = 1,

    /// <summary>Millilitres per hour, printed <c>mL/h</c>.</summary>
    MilliliterPerHour = 2,
}

/// <summary>Units of <see cref="Duration"/>.</summary>
public enum DurationUnit
{
    /// <summary>Days of 24 hours, printed <c>day</c>.</summary>
    Day = 1,

    /// <summary>Hours, printed <c>h</c>.</summary>
    Hour = 2,
}
