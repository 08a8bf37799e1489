using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Quantities;

/// <summary>An amount of drug in mcg or mg, exact. Printed in canonical units (<c>mcg</c>, never µg).</summary>
public readonly partial struct Mass : IQuantity<Mass, MassUnit>
{
    private readonly MassUnit unit;

    /// <summary>Creates a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a <see cref="MassUnit"/>.</exception>
    public Mass(decimal value, MassUnit unit)
    {
        _ = UnitCatalog.Get(Dimension, (int)unit);
        Value = value;
        this.unit = unit;
    }

    /// <inheritdoc/>
    public static Dimension Dimension => Dimension.Mass;

    /// <summary>Zero, in the base unit.</summary>
    public static Mass Zero => default;

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <summary>The canonical symbol of <see cref="Unit"/>, e.g. <c>mcg/day</c>.</summary>
    public string UnitSymbol => UnitCatalog.Get(Dimension, (int)Unit).Symbol;

    /// <inheritdoc/>
    public MassUnit Unit => unit == 0 ? MassUnit.Microgram : unit;

    /// <summary>The amount in micrograms (exact).</summary>
    public decimal Micrograms => As(MassUnit.Microgram);

    private decimal Base => UnitCatalog.ToBase(Dimension, Value, (int)Unit);

    /// <summary>Creates an amount in micrograms.</summary>
    public static Mass FromMicrograms(decimal value) => new(value, MassUnit.Microgram);

    /// <summary>Creates an amount in milligrams.</summary>
    public static Mass FromMilligrams(decimal value) => new(value, MassUnit.Milligram);

    /// <inheritdoc/>
    public static Mass From(decimal value, MassUnit unit) => new(value, unit);

    /// <inheritdoc/>
    public decimal As(MassUnit unit) => UnitCatalog.Convert(Dimension, Value, (int)Unit, (int)unit);

    /// <inheritdoc/>
    public Mass ToUnit(MassUnit unit) => new(As(unit), unit);

    /// <summary>Parses text such as <c>50mcg</c>, <c>0.05 mg</c> or <c>50 µg</c>.</summary>
    /// <exception cref="QuantityFormatException">No unit, an unknown unit, or a unit of another dimension.</exception>
    public static Mass Parse(string s, IFormatProvider? provider = null)
    {
        var (value, code) = QuantityParser.Parse(s, Dimension);
        return new(value, (MassUnit)code);
    }

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Mass result)
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

    /// <summary>Invariant text without trailing zeros, e.g. <c>50 mcg</c>.</summary>
    public override string ToString() => $"{Value.ToInvariant()} {UnitSymbol}";

    /// <summary>Formats the number with a .NET numeric format (invariant culture), then the canonical unit symbol.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is null ? ToString() : $"{Value.ToString(format, CultureInfo.InvariantCulture)} {UnitSymbol}";

    /// <inheritdoc/>
    public bool Equals(Mass other) => Base == other.Base;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Mass other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Base.Normalize().GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Mass other) => Base.CompareTo(other.Base);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Mass other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a {nameof(Mass)} with a {obj.GetType().Name}.", nameof(obj)),
    };

#pragma warning disable CS1591 // Operators are documented by the type: same-dimension arithmetic in the left operand's unit.
    public static bool operator ==(Mass left, Mass right) => left.Equals(right);

    public static bool operator !=(Mass left, Mass right) => !left.Equals(right);

    public static bool operator <(Mass left, Mass right) => left.CompareTo(right) < 0;

    public static bool operator >(Mass left, Mass right) => left.CompareTo(right) > 0;

    public static bool operator <=(Mass left, Mass right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Mass left, Mass right) => left.CompareTo(right) >= 0;

    public static Mass operator +(Mass left, Mass right) => new(left.Value + right.As(left.Unit), left.Unit);

    public static Mass operator -(Mass left, Mass right) => new(left.Value - right.As(left.Unit), left.Unit);

    public static Mass operator -(Mass value) => new(-value.Value, value.Unit);

    public static Mass operator *(Mass left, decimal factor) => new(left.Value * factor, left.Unit);

    public static Mass operator *(decimal factor, Mass right) => new(right.Value * factor, right.Unit);

    public static Mass operator /(Mass left, decimal divisor) => new(left.Value / divisor, left.Unit);

    /// <summary>The ratio of two amounts (dimensionless).</summary>
    public static decimal operator /(Mass left, Mass right) => left.Base / right.Base;
#pragma warning restore CS1591

    /// <summary>Named twin of <c>+</c>.</summary>
    public Mass Add(Mass other) => this + other;

    /// <summary>Named twin of <c>-</c>.</summary>
    public Mass Subtract(Mass other) => this - other;

    /// <summary>Named twin of <c>*</c> by a number.</summary>
    public Mass Multiply(decimal factor) => this * factor;

    /// <summary>Named twin of <c>/</c> by a number.</summary>
    public Mass Divide(decimal divisor) => this / divisor;

    /// <summary>Named twin of unary <c>-</c>.</summary>
    public Mass Negate() => -this;

    /// <summary>Named twin of <c>/</c> between two amounts: the dimensionless ratio.</summary>
    public decimal RatioTo(Mass other) => this / other;

    /// <summary>The larger of two amounts.</summary>
    public static Mass Max(Mass a, Mass b) => a >= b ? a : b;

    /// <summary>The smaller of two amounts.</summary>
    public static Mass Min(Mass a, Mass b) => a <= b ? a : b;
}
