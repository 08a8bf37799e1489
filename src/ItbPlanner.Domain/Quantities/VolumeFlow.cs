using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Quantities;

/// <summary>A pump's volume rate in mL/day or mL/h, exact.</summary>
public readonly partial struct VolumeFlow : IQuantity<VolumeFlow, VolumeFlowUnit>
{
    private readonly VolumeFlowUnit unit;

    /// <summary>Creates a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a <see cref="VolumeFlowUnit"/>.</exception>
    public VolumeFlow(decimal value, VolumeFlowUnit unit)
    {
        _ = UnitCatalog.Get(Dimension, (int)unit);
        Value = value;
        this.unit = unit;
    }

    /// <inheritdoc/>
    public static Dimension Dimension => Dimension.VolumeFlow;

    /// <summary>Zero, in the base unit.</summary>
    public static VolumeFlow Zero => default;

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <summary>The canonical symbol of <see cref="Unit"/>, e.g. <c>mcg/day</c>.</summary>
    public string UnitSymbol => UnitCatalog.Get(Dimension, (int)Unit).Symbol;

    /// <inheritdoc/>
    public VolumeFlowUnit Unit => unit == 0 ? VolumeFlowUnit.MilliliterPerDay : unit;

    /// <summary>The value in millilitres per day.</summary>
    public decimal MillilitersPerDay => As(VolumeFlowUnit.MilliliterPerDay);

    /// <summary>The value in millilitres per hour.</summary>
    public decimal MillilitersPerHour => As(VolumeFlowUnit.MilliliterPerHour);

    private decimal Base => UnitCatalog.ToBase(Dimension, Value, (int)Unit);

    /// <summary>Creates a value in millilitres per day.</summary>
    public static VolumeFlow FromMillilitersPerDay(decimal value) => new(value, VolumeFlowUnit.MilliliterPerDay);

    /// <summary>Creates a value in millilitres per hour.</summary>
    public static VolumeFlow FromMillilitersPerHour(decimal value) => new(value, VolumeFlowUnit.MilliliterPerHour);

    /// <inheritdoc/>
    public static VolumeFlow From(decimal value, VolumeFlowUnit unit) => new(value, unit);

    /// <inheritdoc/>
    public decimal As(VolumeFlowUnit unit) => UnitCatalog.Convert(Dimension, Value, (int)Unit, (int)unit);

    /// <inheritdoc/>
    public VolumeFlow ToUnit(VolumeFlowUnit unit) => new(As(unit), unit);

    /// <summary>Parses text such as <c>0.372mL/day</c>.</summary>
    /// <exception cref="QuantityFormatException">No unit, an unknown unit, or a unit of another dimension.</exception>
    public static VolumeFlow Parse(string s, IFormatProvider? provider = null)
    {
        var (value, code) = QuantityParser.Parse(s, Dimension);
        return new(value, (VolumeFlowUnit)code);
    }

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out VolumeFlow result)
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

    /// <summary>Invariant text without trailing zeros, e.g. <c>0.372 mL/day</c>.</summary>
    public override string ToString() => $"{Value.ToInvariant()} {UnitSymbol}";

    /// <summary>Formats the number with a .NET numeric format (invariant culture), then the canonical unit symbol.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is null ? ToString() : $"{Value.ToString(format, CultureInfo.InvariantCulture)} {UnitSymbol}";

    /// <inheritdoc/>
    public bool Equals(VolumeFlow other) => Base == other.Base;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is VolumeFlow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Base.Normalize().GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(VolumeFlow other) => Base.CompareTo(other.Base);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        VolumeFlow other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a {nameof(VolumeFlow)} with a {obj.GetType().Name}.", nameof(obj)),
    };

#pragma warning disable CS1591 // Operators are documented by the type: same-dimension arithmetic in the left operand's unit.
    public static bool operator ==(VolumeFlow left, VolumeFlow right) => left.Equals(right);

    public static bool operator !=(VolumeFlow left, VolumeFlow right) => !left.Equals(right);

    public static bool operator <(VolumeFlow left, VolumeFlow right) => left.CompareTo(right) < 0;

    public static bool operator >(VolumeFlow left, VolumeFlow right) => left.CompareTo(right) > 0;

    public static bool operator <=(VolumeFlow left, VolumeFlow right) => left.CompareTo(right) <= 0;

    public static bool operator >=(VolumeFlow left, VolumeFlow right) => left.CompareTo(right) >= 0;

    public static VolumeFlow operator +(VolumeFlow left, VolumeFlow right) => new(left.Value + right.As(left.Unit), left.Unit);

    public static VolumeFlow operator -(VolumeFlow left, VolumeFlow right) => new(left.Value - right.As(left.Unit), left.Unit);

    public static VolumeFlow operator -(VolumeFlow value) => new(-value.Value, value.Unit);

    public static VolumeFlow operator *(VolumeFlow left, decimal factor) => new(left.Value * factor, left.Unit);

    public static VolumeFlow operator *(decimal factor, VolumeFlow right) => new(right.Value * factor, right.Unit);

    public static VolumeFlow operator /(VolumeFlow left, decimal divisor) => new(left.Value / divisor, left.Unit);

    /// <summary>The ratio of two values (dimensionless).</summary>
    public static decimal operator /(VolumeFlow left, VolumeFlow right) => left.Base / right.Base;
#pragma warning restore CS1591

    /// <summary>Named twin of <c>+</c>.</summary>
    public VolumeFlow Add(VolumeFlow other) => this + other;

    /// <summary>Named twin of <c>-</c>.</summary>
    public VolumeFlow Subtract(VolumeFlow other) => this - other;

    /// <summary>Named twin of <c>*</c> by a number.</summary>
    public VolumeFlow Multiply(decimal factor) => this * factor;

    /// <summary>Named twin of <c>/</c> by a number.</summary>
    public VolumeFlow Divide(decimal divisor) => this / divisor;

    /// <summary>Named twin of unary <c>-</c>.</summary>
    public VolumeFlow Negate() => -this;

    /// <summary>Named twin of <c>/</c> between two values: the dimensionless ratio.</summary>
    public decimal RatioTo(VolumeFlow other) => this / other;

    /// <summary>The larger of two values.</summary>
    public static VolumeFlow Max(VolumeFlow a, VolumeFlow b) => a >= b ? a : b;

    /// <summary>The smaller of two values.</summary>
    public static VolumeFlow Min(VolumeFlow a, VolumeFlow b) => a <= b ? a : b;
}
