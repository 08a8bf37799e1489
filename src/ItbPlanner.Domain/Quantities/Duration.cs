namespace ItbPlanner.Domain.Quantities;

/// <summary>A span of time in days or hours, exact (unlike <see cref="TimeSpan"/>, which rounds to ticks).</summary>
[Quantity<DurationUnit>(Dimension.Duration, DurationUnit.Hour)]
public readonly partial struct Duration
{
    /// <summary>The value in days.</summary>
    public decimal Days => As(DurationUnit.Day);

    /// <summary>The value in hours.</summary>
    public decimal Hours => As(DurationUnit.Hour);

    /// <summary>Creates a value in days.</summary>
    public static Duration FromDays(decimal value) => new(value, DurationUnit.Day);

    /// <summary>Creates a value in hours.</summary>
    public static Duration FromHours(decimal value) => new(value, DurationUnit.Hour);
}
