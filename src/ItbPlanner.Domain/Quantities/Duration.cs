using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Quantities;

/// <summary>A span of time in days or hours, exact (unlike <see cref="TimeSpan"/>, which rounds to ticks).</summary>
public readonly partial struct Duration : IQuantity<Duration, DurationUnit>
{
    private readonly DurationUnit unit;

    /// <summary>Creates a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a <see cref="DurationUnit"/>.</exception>
    public Duration(decimal value, DurationUnit unit)
    {
        _ = UnitCatalog.Get(Dimension, (int)unit);
        Value = value;
        this.unit = unit;
    }

    /// <inheritdoc/>
    public static Dimension Dimension => Dimension.Duration;

    /// <summary>Zero, in the base unit.</summary>
    public static Duration Zero => default;

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <summary>The canonical symbol of <see cref="Unit"/>, e.g. <c>mcg/day</c>.</summary>
    public string UnitSymbol => UnitCatalog.Get(Dimension, (int)Unit).Symbol;

    /// <inheritdoc/>
    public DurationUnit Unit => unit == 0 ? DurationUnit.Hour : unit;

    /// <summary>The value in days.</summary>
    public decimal Days => As(DurationUnit.Day);

    /// <summary>The value in hours.</summary>
    public decimal Hours => As(DurationUnit.Hour);

    private decimal Base => UnitCatalog.ToBase(Dimension, Value, (int)Unit);

    /// <summary>Creates a value in days.</summary>
    public static Duration FromDays(decimal value) => new(value, DurationUnit.Day);

    /// <summary>Creates a value in hours.</summary>
    public static Duration FromHours(decimal value) => new(value, DurationUnit.Hour);

    /// <inheritdoc/>
    public static Duration From(decimal value, DurationUnit unit) => new(value, unit);

    /// <inheritdoc/>
    public decimal As(DurationUnit unit) => UnitCatalog.Convert(Dimension, Value, (int)Unit, (int)unit);

    /// <inheritdoc/>
    public Duration ToUnit(DurationUnit unit) => new(As(unit), unit);

    /// <summary>Parses text such as <c>24h</c>.</summary>
    /// <exception cref="QuantityFormatException">No unit, an unknown unit, or a unit of another dimension.</exception>
    public static Duration Parse(string s, IFormatProvider? provider = null)
    {
        var (value, code) = QuantityParser.Parse(s, Dimension);
        return new(value, (DurationUnit)code);
    }

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Duration result)
    {
        result = default;
        if (s is null)
        {
            return false;
        }

        try
        {
            result = Parse(s, provider);
            return true;
        }
        catch (QuantityFormatException)
        {
            return false;
        }
    }

    /// <summary>Invariant text without trailing zeros, e.g. <c>24 h</c>.</summary>
    public override string ToString() => $"{Value.ToInvariant()} {UnitSymbol}";

    /// <summary>Formats the number with a .NET numeric format (invariant culture), then the canonical unit symbol.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is null ? ToString() : $"{Value.ToString(format, CultureInfo.InvariantCulture)} {UnitSymbol}";

    /// <inheritdoc/>
    public bool Equals(Duration other) => Base == other.Base;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Duration other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Base.Normalize().GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Duration other) => Base.CompareTo(other.Base);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Duration other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a {nameof(Duration)} with a {obj.GetType().Name}.", nameof(obj)),
    };

#pragma warning disable CS1591 // Operators are documented by the type: same-dimension arithmetic in the left operand's unit.
    public static bool operator ==(Duration left, Duration right) => left.Equals(right);

    public static bool operator !=(Duration left, Duration right) => !left.Equals(right);

    public static bool operator <(Duration left, Duration right) => left.CompareTo(right) < 0;

    public static bool operator >(Duration left, Duration right) => left.CompareTo(right) > 0;

    public static bool operator <=(Duration left, Duration right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Duration left, Duration right) => left.CompareTo(right) >= 0;

    public static Duration operator +(Duration left, Duration right) => new(left.Value + right.As(left.Unit), left.Unit);

    public static Duration operator -(Duration left, Duration right) => new(left.Value - right.As(left.Unit), left.Unit);

    public static Duration operator -(Duration value) => new(-value.Value, value.Unit);

    public static Duration operator *(Duration left, decimal factor) => new(left.Value * factor, left.Unit);

    public static Duration operator *(decimal factor, Duration right) => new(right.Value * factor, right.Unit);

    public static Duration operator /(Duration left, decimal divisor) => new(left.Value / divisor, left.Unit);

    /// <summary>The ratio of two values (dimensionless).</summary>
    public static decimal operator /(Duration left, Duration right) => left.Base / right.Base;
#pragma warning restore CS1591

    /// <summary>Named twin of <c>+</c>.</summary>
    public Duration Add(Duration other) => this + other;

    /// <summary>Named twin of <c>-</c>.</summary>
    public Duration Subtract(Duration other) => this - other;

    /// <summary>Named twin of <c>*</c> by a number.</summary>
    public Duration Multiply(decimal factor) => this * factor;

    /// <summary>Named twin of <c>/</c> by a number.</summary>
    public Duration Divide(decimal divisor) => this / divisor;

    /// <summary>Named twin of unary <c>-</c>.</summary>
    public Duration Negate() => -this;

    /// <summary>Named twin of <c>/</c> between two values: the dimensionless ratio.</summary>
    public decimal RatioTo(Duration other) => this / other;

    /// <summary>The larger of two values.</summary>
    public static Duration Max(Duration a, Duration b) => a >= b ? a : b;

    /// <summary>The smaller of two values.</summary>
    public static Duration Min(Duration a, Duration b) => a <= b ? a : b;
}
