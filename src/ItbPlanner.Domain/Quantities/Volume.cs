using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Quantities;

/// <summary>A volume of drug solution in mL, exact.</summary>
public readonly partial struct Volume : IQuantity<Volume, VolumeUnit>
{
    private readonly VolumeUnit unit;

    /// <summary>Creates a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a <see cref="VolumeUnit"/>.</exception>
    public Volume(decimal value, VolumeUnit unit)
    {
        _ = UnitCatalog.Get(Dimension, (int)unit);
        Value = value;
        this.unit = unit;
    }

    /// <inheritdoc/>
    public static Dimension Dimension => Dimension.Volume;

    /// <summary>Zero, in the base unit.</summary>
    public static Volume Zero => default;

    /// <inheritdoc/>
    public decimal Value { get; }

    /// <summary>The canonical symbol of <see cref="Unit"/>, e.g. <c>mcg/day</c>.</summary>
    public string UnitSymbol => UnitCatalog.Get(Dimension, (int)Unit).Symbol;

    /// <inheritdoc/>
    public VolumeUnit Unit => unit == 0 ? VolumeUnit.Milliliter : unit;

    /// <summary>The value in millilitres.</summary>
    public decimal Milliliters => As(VolumeUnit.Milliliter);

    private decimal Base => UnitCatalog.ToBase(Dimension, Value, (int)Unit);

    /// <summary>Creates a value in millilitres.</summary>
    public static Volume FromMilliliters(decimal value) => new(value, VolumeUnit.Milliliter);

    /// <inheritdoc/>
    public static Volume From(decimal value, VolumeUnit unit) => new(value, unit);

    /// <inheritdoc/>
    public decimal As(VolumeUnit unit) => UnitCatalog.Convert(Dimension, Value, (int)Unit, (int)unit);

    /// <inheritdoc/>
    public Volume ToUnit(VolumeUnit unit) => new(As(unit), unit);

    /// <summary>Parses text such as <c>40mL</c>.</summary>
    /// <exception cref="QuantityFormatException">No unit, an unknown unit, or a unit of another dimension.</exception>
    public static Volume Parse(string s, IFormatProvider? provider = null)
    {
        var (value, code) = QuantityParser.Parse(s, Dimension);
        return new(value, (VolumeUnit)code);
    }

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Volume result)
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

    /// <summary>Invariant text without trailing zeros, e.g. <c>40 mL</c>.</summary>
    public override string ToString() => $"{Value.ToInvariant()} {UnitSymbol}";

    /// <summary>Formats the number with a .NET numeric format (invariant culture), then the canonical unit symbol.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is null ? ToString() : $"{Value.ToString(format, CultureInfo.InvariantCulture)} {UnitSymbol}";

    /// <inheritdoc/>
    public bool Equals(Volume other) => Base == other.Base;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Volume other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Base.Normalize().GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Volume other) => Base.CompareTo(other.Base);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Volume other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a {nameof(Volume)} with a {obj.GetType().Name}.", nameof(obj)),
    };

#pragma warning disable CS1591 // Operators are documented by the type: same-dimension arithmetic in the left operand's unit.
    public static bool operator ==(Volume left, Volume right) => left.Equals(right);

    public static bool operator !=(Volume left, Volume right) => !left.Equals(right);

    public static bool operator <(Volume left, Volume right) => left.CompareTo(right) < 0;

    public static bool operator >(Volume left, Volume right) => left.CompareTo(right) > 0;

    public static bool operator <=(Volume left, Volume right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Volume left, Volume right) => left.CompareTo(right) >= 0;

    public static Volume operator +(Volume left, Volume right) => new(left.Value + right.As(left.Unit), left.Unit);

    public static Volume operator -(Volume left, Volume right) => new(left.Value - right.As(left.Unit), left.Unit);

    public static Volume operator -(Volume value) => new(-value.Value, value.Unit);

    public static Volume operator *(Volume left, decimal factor) => new(left.Value * factor, left.Unit);

    public static Volume operator *(decimal factor, Volume right) => new(right.Value * factor, right.Unit);

    public static Volume operator /(Volume left, decimal divisor) => new(left.Value / divisor, left.Unit);

    /// <summary>The ratio of two values (dimensionless).</summary>
    public static decimal operator /(Volume left, Volume right) => left.Base / right.Base;
#pragma warning restore CS1591

    /// <summary>Named twin of <c>+</c>.</summary>
    public Volume Add(Volume other) => this + other;

    /// <summary>Named twin of <c>-</c>.</summary>
    public Volume Subtract(Volume other) => this - other;

    /// <summary>Named twin of <c>*</c> by a number.</summary>
    public Volume Multiply(decimal factor) => this * factor;

    /// <summary>Named twin of <c>/</c> by a number.</summary>
    public Volume Divide(decimal divisor) => this / divisor;

    /// <summary>Named twin of unary <c>-</c>.</summary>
    public Volume Negate() => -this;

    /// <summary>Named twin of <c>/</c> between two values: the dimensionless ratio.</summary>
    public decimal RatioTo(Volume other) => this / other;

    /// <summary>The larger of two values.</summary>
    public static Volume Max(Volume a, Volume b) => a >= b ? a : b;

    /// <summary>The smaller of two values.</summary>
    public static Volume Min(Volume a, Volume b) => a <= b ? a : b;
}
