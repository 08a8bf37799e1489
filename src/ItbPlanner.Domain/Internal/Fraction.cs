using System.Numerics;

namespace ItbPlanner.Domain.Internal;

/// <summary>
/// An exact rational number, for day counts and the volumes they depend on. A daily volume is kept as dose ÷
/// concentration, never as a rounded decimal quotient, so whole days = floor((V − A) × C ÷ D) is exact for any dose and
/// strength: 18 mL at 1000 mcg/day of 1500 mcg/mL is exactly 27 days, while 18 ÷ 0.6666…67 is 26.99…. Decimals convert
/// in exactly; <see cref="ToDecimal"/> rounds once, for display and for typed results. <c>default</c> is zero.
/// </summary>
internal readonly struct Fraction : IEquatable<Fraction>, IComparable<Fraction>
{
    private static readonly BigInteger DecimalMantissaLimit = (BigInteger.One << 96) - 1;
    private readonly BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A fraction cannot have a zero denominator.");
        }

        if (denominator.Sign < 0)
        {
            (numerator, denominator) = (-numerator, -denominator);
        }

        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!divisor.IsOne && !divisor.IsZero)
        {
            (numerator, denominator) = (numerator / divisor, denominator / divisor);
        }

        Numerator = numerator;
        this.denominator = denominator;
    }

    /// <summary>Zero.</summary>
    public static Fraction Zero => default;

    /// <summary>One.</summary>
    public static Fraction One => new(BigInteger.One, BigInteger.One);

    /// <summary>The numerator, sharing no factor with the denominator.</summary>
    public BigInteger Numerator { get; }

    /// <summary>The denominator, always positive.</summary>
    public BigInteger Denominator => denominator.IsZero ? BigInteger.One : denominator;

    /// <summary>Whether the value is below zero.</summary>
    public bool IsNegative => Numerator.Sign < 0;

    /// <summary>A decimal, exactly (a decimal is an integer over a power of ten).</summary>
    public static Fraction Of(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        return new Fraction(bits[3] < 0 ? -mantissa : mantissa, BigInteger.Pow(10, scale));
    }

    /// <summary>A whole number.</summary>
    public static Fraction Of(long value) => new(value, BigInteger.One);

    /// <summary><paramref name="numerator"/> ÷ <paramref name="denominator"/>, exactly.</summary>
    /// <exception cref="DivideByZeroException">The denominator is zero.</exception>
    public static Fraction Ratio(decimal numerator, decimal denominator) => Of(numerator) / Of(denominator);

#pragma warning disable CS1591 // Exact arithmetic on rationals; division by zero throws DivideByZeroException.
    public static Fraction operator +(Fraction left, Fraction right) =>
        new((left.Numerator * right.Denominator) + (right.Numerator * left.Denominator), left.Denominator * right.Denominator);

    public static Fraction operator -(Fraction left, Fraction right) =>
        new((left.Numerator * right.Denominator) - (right.Numerator * left.Denominator), left.Denominator * right.Denominator);

    public static Fraction operator -(Fraction value) => new(-value.Numerator, value.Denominator);

    public static Fraction operator *(Fraction left, Fraction right) =>
        new(left.Numerator * right.Numerator, left.Denominator * right.Denominator);

    public static Fraction operator /(Fraction left, Fraction right) =>
        new(left.Numerator * right.Denominator, left.Denominator * right.Numerator);

    public static bool operator ==(Fraction left, Fraction right) => left.Equals(right);

    public static bool operator !=(Fraction left, Fraction right) => !left.Equals(right);

    public static bool operator <(Fraction left, Fraction right) => left.CompareTo(right) < 0;

    public static bool operator >(Fraction left, Fraction right) => left.CompareTo(right) > 0;

    public static bool operator <=(Fraction left, Fraction right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Fraction left, Fraction right) => left.CompareTo(right) >= 0;
#pragma warning restore CS1591

    /// <summary>The greatest whole number not above the value (floor, also for negative values).</summary>
    public BigInteger Floor()
    {
        var quotient = BigInteger.DivRem(Numerator, Denominator, out var remainder);
        return remainder.Sign < 0 ? quotient - 1 : quotient;
    }

    /// <summary>Whole days: the floor, as an <see cref="int"/>.</summary>
    /// <exception cref="OverflowException">The value is beyond the range of an <see cref="int"/>.</exception>
    public int WholeDays() => checked((int)Floor());

    /// <summary>The nearest decimal (half to even), with trailing zeros dropped: exact whenever the value is a decimal.</summary>
    /// <exception cref="OverflowException">The value is beyond the range of a <see cref="decimal"/>.</exception>
    public decimal ToDecimal()
    {
        for (var scale = 28; scale >= 0; scale--)
        {
            var scaled = RoundHalfEven(Numerator * BigInteger.Pow(10, scale), Denominator);
            if (BigInteger.Abs(scaled) > DecimalMantissaLimit)
            {
                continue;
            }

            while (scale > 0 && (scaled % 10).IsZero)
            {
                scaled /= 10;
                scale--;
            }

            var magnitude = BigInteger.Abs(scaled);
            var mask = new BigInteger(uint.MaxValue);
            return new decimal(
                (int)(uint)(magnitude & mask),
                (int)(uint)((magnitude >> 32) & mask),
                (int)(uint)((magnitude >> 64) & mask),
                scaled.Sign < 0,
                (byte)scale);
        }

        throw new OverflowException($"{this} is beyond the range of a decimal.");
    }

    /// <inheritdoc/>
    public bool Equals(Fraction other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fraction other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <inheritdoc/>
    public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>The fraction as <c>n/d</c>.</summary>
    public override string ToString() => Denominator.IsOne
        ? Numerator.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");

    private static BigInteger RoundHalfEven(BigInteger numerator, BigInteger denominator)
    {
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = BigInteger.Abs(remainder) * 2;
        var comparison = twice.CompareTo(denominator);
        if (comparison > 0 || (comparison == 0 && !quotient.IsEven))
        {
            quotient += numerator.Sign < 0 ? BigInteger.MinusOne : BigInteger.One;
        }

        return quotient;
    }
}
