using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Quantities;

/// <summary>Drug per volume of solution in mcg/mL or mg/mL, exact. Printed <c>mcg/mL</c>, never µg/mL.</summary>
public readonly partial struct MassConcentration : IQuantity<MassConcentration, MassConcentrationUnit>
{
    private readonly MassConcentrationUnit unit;

    /// <summary>Creates a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a <see cref="MassConcentrationUnit"/>.</exception>
    public MassConcentration(decimal value, MassConcentrationUnit unit)
    {
        _ = UnitCatalog.Get(Dimension, (int)unit);
        Value = value;
        this.unit = unit;
    }

    /// <inheritdoc/>
    public static Dimension Dimension => Dimension.MassConcentration;

    /// <summary>Zero, in the base unit.</summary>
    public static MassConcentration Zero => default;

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <summary>The canonical symbol of <see cref="Unit"/>, e.g. <c>mcg/day</c>.</summary>
    public string UnitSymbol => UnitCatalog.Get(Dimension, (int)Unit).Symbol;

    /// <inheritdoc/>
    public MassConcentrationUnit Unit => unit == 0 ? MassConcentrationUnit.MicrogramPerMilliliter : unit;

    /// <summary>The value in micrograms per millilitre.</summary>
    public decimal MicrogramsPerMilliliter => As(MassConcentrationUnit.MicrogramPerMilliliter);

    /// <summary>The value in milligrams per millilitre.</summary>
    public decimal MilligramsPerMilliliter => As(MassConcentrationUnit.MilligramPerMilliliter);

    private decimal Base => UnitCatalog.ToBase(Dimension, Value, (int)Unit);

    /// <summary>Creates a value in micrograms per millilitre.</summary>
    public static MassConcentration FromMicrogramsPerMilliliter(decimal value) => new(value, MassConcentrationUnit.MicrogramPerMilliliter);

    /// <summary>Creates a value in milligrams per millilitre.</summary>
    public static MassConcentration FromMilligramsPerMilliliter(decimal value) => new(value, MassConcentrationUnit.MilligramPerMilliliter);

    /// <inheritdoc/>
    public static MassConcentration From(decimal value, MassConcentrationUnit unit) => new(value, unit);

    /// <inheritdoc/>
    public decimal As(MassConcentrationUnit unit) => UnitCatalog.Convert(Dimension, Value, (int)Unit, (int)unit);

    /// <inheritdoc/>
    public MassConcentration ToUnit(MassConcentrationUnit unit) => new(As(unit), unit);

    /// <summary>Parses text such as <c>500mcg/mL</c>.</summary>
    /// <exception cref="QuantityFormatException">No unit, an unknown unit, or a unit of another dimension.</exception>
    public static MassConcentration Parse(string s, IFormatProvider? provider = null)
    {
        var (value, code) = QuantityParser.Parse(s, Dimension);
        return new(value, (MassConcentrationUnit)code);
    }

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MassConcentration result)
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

    /// <summary>Invariant text without trailing zeros, e.g. <c>500 mcg/mL</c>.</summary>
    public override string ToString() => $"{Value.ToInvariant()} {UnitSymbol}";

    /// <summary>Formats the number with a .NET numeric format (invariant culture), then the canonical unit symbol.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is null ? ToString() : $"{Value.ToString(format, CultureInfo.InvariantCulture)} {UnitSymbol}";

    /// <inheritdoc/>
    public bool Equals(MassConcentration other) => Base == other.Base;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MassConcentration other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Base.Normalize().GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(MassConcentration other) => Base.CompareTo(other.Base);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        MassConcentration other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a {nameof(MassConcentration)} with a {obj.GetType().Name}.", nameof(obj)),
    };

#pragma warning disable CS1591 // Operators are documented by the type: same-dimension arithmetic in the left operand's unit.
    public static bool operator ==(MassConcentration left, MassConcentration right) => left.Equals(right);

    public static bool operator !=(MassConcentration left, MassConcentration right) => !left.Equals(right);

    public static bool operator <(MassConcentration left, MassConcentration right) => left.CompareTo(right) < 0;

    public static bool operator >(MassConcentration left, MassConcentration right) => left.CompareTo(right) > 0;

    public static bool operator <=(MassConcentration left, MassConcentration right) => left.CompareTo(right) <= 0;

    public static bool operator >=(MassConcentration left, MassConcentration right) => left.CompareTo(right) >= 0;

    public static MassConcentration operator +(MassConcentration left, MassConcentration right) => new(left.Value + right.As(left.Unit), left.Unit);

    public static MassConcentration operator -(MassConcentration left, MassConcentration right) => new(left.Value - right.As(left.Unit), left.Unit);

    public static MassConcentration operator -(MassConcentration value) => new(-value.Value, value.Unit);

    public static MassConcentration operator *(MassConcentration left, decimal factor) => new(left.Value * factor, left.Unit);

    public static MassConcentration operator *(decimal factor, MassConcentration right) => new(right.Value * factor, right.Unit);

    public static MassConcentration operator /(MassConcentration left, decimal divisor) => new(left.Value / divisor, left.Unit);

    /// <summary>The ratio of two values (dimensionless).</summary>
    public static decimal operator /(MassConcentration left, MassConcentration right) => left.Base / right.Base;
#pragma warning restore CS1591

    /// <summary>Named twin of <c>+</c>.</summary>
    public MassConcentration Add(MassConcentration other) => this + other;

    /// <summary>Named twin of <c>-</c>.</summary>
    public MassConcentration Subtract(MassConcentration other) => this - other;

    /// <summary>Named twin of <c>*</c> by a number.</summary>
    public MassConcentration Multiply(decimal factor) => this * factor;

    /// <summary>Named twin of <c>/</c> by a number.</summary>
    public MassConcentration Divide(decimal divisor) => this / divisor;

    /// <summary>Named twin of unary <c>-</c>.</summary>
    public MassConcentration Negate() => -this;

    /// <summary>Named twin of <c>/</c> between two values: the dimensionless ratio.</summary>
    public decimal RatioTo(MassConcentration other) => this / other;

    /// <summary>The larger of two values.</summary>
    public static MassConcentration Max(MassConcentration a, MassConcentration b) => a >= b ? a : b;

    /// <summary>The smaller of two values.</summary>
    public static MassConcentration Min(MassConcentration a, MassConcentration b) => a <= b ? a : b;
}
