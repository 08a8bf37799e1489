using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Quantities;

/// <summary>A dose rate in mcg/day, mg/day or mcg/h, exact: the daily dose a pump delivers. Printed <c>mcg/day</c>, never µg.</summary>
public readonly partial struct MassFlow : IQuantity<MassFlow, MassFlowUnit>
{
    private readonly MassFlowUnit unit;

    /// <summary>Creates a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a <see cref="MassFlowUnit"/>.</exception>
    public MassFlow(decimal value, MassFlowUnit unit)
    {
        _ = UnitCatalog.Get(Dimension, (int)unit);
        Value = value;
        this.unit = unit;
    }

    /// <inheritdoc/>
    public static Dimension Dimension => Dimension.MassFlow;

    /// <summary>Zero, in the base unit.</summary>
    public static MassFlow Zero => default;

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <summary>The canonical symbol of <see cref="Unit"/>, e.g. <c>mcg/day</c>.</summary>
    public string UnitSymbol => UnitCatalog.Get(Dimension, (int)Unit).Symbol;

    /// <inheritdoc/>
    public MassFlowUnit Unit => unit == 0 ? MassFlowUnit.MicrogramPerDay : unit;

    /// <summary>The value in micrograms per day.</summary>
    public decimal MicrogramsPerDay => As(MassFlowUnit.MicrogramPerDay);

    /// <summary>The value in milligrams per day.</summary>
    public decimal MilligramsPerDay => As(MassFlowUnit.MilligramPerDay);

    /// <summary>The value in micrograms per hour.</summary>
    public decimal MicrogramsPerHour => As(MassFlowUnit.MicrogramPerHour);

    private decimal Base => UnitCatalog.ToBase(Dimension, Value, (int)Unit);

    /// <summary>Creates a value in micrograms per day.</summary>
    public static MassFlow FromMicrogramsPerDay(decimal value) => new(value, MassFlowUnit.MicrogramPerDay);

    /// <summary>Creates a value in milligrams per day.</summary>
    public static MassFlow FromMilligramsPerDay(decimal value) => new(value, MassFlowUnit.MilligramPerDay);

    /// <summary>Creates a value in micrograms per hour.</summary>
    public static MassFlow FromMicrogramsPerHour(decimal value) => new(value, MassFlowUnit.MicrogramPerHour);

    /// <inheritdoc/>
    public static MassFlow From(decimal value, MassFlowUnit unit) => new(value, unit);

    /// <inheritdoc/>
    public decimal As(MassFlowUnit unit) => UnitCatalog.Convert(Dimension, Value, (int)Unit, (int)unit);

    /// <inheritdoc/>
    public MassFlow ToUnit(MassFlowUnit unit) => new(As(unit), unit);

    /// <summary>Parses text such as <c>186mcg/day</c>.</summary>
    /// <exception cref="QuantityFormatException">No unit, an unknown unit, or a unit of another dimension.</exception>
    public static MassFlow Parse(string s, IFormatProvider? provider = null)
    {
        var (value, code) = QuantityParser.Parse(s, Dimension);
        return new(value, (MassFlowUnit)code);
    }

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MassFlow result)
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

    /// <summary>Invariant text without trailing zeros, e.g. <c>186 mcg/day</c>.</summary>
    public override string ToString() => $"{Value.ToInvariant()} {UnitSymbol}";

    /// <summary>Formats the number with a .NET numeric format (invariant culture), then the canonical unit symbol.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is null ? ToString() : $"{Value.ToString(format, CultureInfo.InvariantCulture)} {UnitSymbol}";

    /// <inheritdoc/>
    public bool Equals(MassFlow other) => Base == other.Base;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MassFlow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Base.Normalize().GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(MassFlow other) => Base.CompareTo(other.Base);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        MassFlow other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a {nameof(MassFlow)} with a {obj.GetType().Name}.", nameof(obj)),
    };

#pragma warning disable CS1591 // Operators are documented by the type: same-dimension arithmetic in the left operand's unit.
    public static bool operator ==(MassFlow left, MassFlow right) => left.Equals(right);

    public static bool operator !=(MassFlow left, MassFlow right) => !left.Equals(right);

    public static bool operator <(MassFlow left, MassFlow right) => left.CompareTo(right) < 0;

    public static bool operator >(MassFlow left, MassFlow right) => left.CompareTo(right) > 0;

    public static bool operator <=(MassFlow left, MassFlow right) => left.CompareTo(right) <= 0;

    public static bool operator >=(MassFlow left, MassFlow right) => left.CompareTo(right) >= 0;

    public static MassFlow operator +(MassFlow left, MassFlow right) => new(left.Value + right.As(left.Unit), left.Unit);

    public static MassFlow operator -(MassFlow left, MassFlow right) => new(left.Value - right.As(left.Unit), left.Unit);

    public static MassFlow operator -(MassFlow value) => new(-value.Value, value.Unit);

    public static MassFlow operator *(MassFlow left, decimal factor) => new(left.Value * factor, left.Unit);

    public static MassFlow operator *(decimal factor, MassFlow right) => new(right.Value * factor, right.Unit);

    public static MassFlow operator /(MassFlow left, decimal divisor) => new(left.Value / divisor, left.Unit);

    /// <summary>The ratio of two values (dimensionless).</summary>
    public static decimal operator /(MassFlow left, MassFlow right) => left.Base / right.Base;
#pragma warning restore CS1591

    /// <summary>Named twin of <c>+</c>.</summary>
    public MassFlow Add(MassFlow other) => this + other;

    /// <summary>Named twin of <c>-</c>.</summary>
    public MassFlow Subtract(MassFlow other) => this - other;

    /// <summary>Named twin of <c>*</c> by a number.</summary>
    public MassFlow Multiply(decimal factor) => this * factor;

    /// <summary>Named twin of <c>/</c> by a number.</summary>
    public MassFlow Divide(decimal divisor) => this / divisor;

    /// <summary>Named twin of unary <c>-</c>.</summary>
    public MassFlow Negate() => -this;

    /// <summary>Named twin of <c>/</c> between two values: the dimensionless ratio.</summary>
    public decimal RatioTo(MassFlow other) => this / other;

    /// <summary>The larger of two values.</summary>
    public static MassFlow Max(MassFlow a, MassFlow b) => a >= b ? a : b;

    /// <summary>The smaller of two values.</summary>
    public static MassFlow Min(MassFlow a, MassFlow b) => a <= b ? a : b;
}
