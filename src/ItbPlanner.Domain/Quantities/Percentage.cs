using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Quantities;

/// <summary>A percentage such as a titration step (20 %) or a pump's accuracy (14.5 %), exact. Parsed from <c>20%</c>, <c>20 %</c> or <c>20</c>.</summary>
public readonly record struct Percentage : IComparable<Percentage>, IParsable<Percentage>
{
    /// <summary>Creates a percentage from its percent value (20 for 20 %).</summary>
    public Percentage(decimal percent) => Percent = percent;

    /// <summary>The value in percent (20 for 20 %).</summary>
    public decimal Percent { get; }

    /// <summary>The value as a fraction (0.2 for 20 %).</summary>
    public decimal Fraction => Percent / 100m;

    /// <summary>Creates a percentage from a fraction (0.2 → 20 %).</summary>
    public static Percentage FromFraction(decimal fraction) => new(fraction * 100m);

    /// <summary>Parses <c>20%</c>, <c>20 %</c> or <c>20</c>.</summary>
    /// <exception cref="FormatException">Not a number.</exception>
    public static Percentage Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        var text = s.Trim();
        if (text.EndsWith('%'))
        {
            text = text[..^1].TrimEnd();
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{s}' is not a percentage: write a number, e.g. 20%.");
        }

        return new Percentage(value);
    }

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Percentage result)
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
        catch (FormatException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public int CompareTo(Percentage other) => Percent.CompareTo(other.Percent);

    /// <summary>Invariant text, e.g. <c>14.5 %</c>.</summary>
    public override string ToString() => $"{Percent.ToInvariant()} %";

#pragma warning disable CS1591
    public static bool operator <(Percentage left, Percentage right) => left.Percent < right.Percent;

    public static bool operator >(Percentage left, Percentage right) => left.Percent > right.Percent;

    public static bool operator <=(Percentage left, Percentage right) => left.Percent <= right.Percent;

    public static bool operator >=(Percentage left, Percentage right) => left.Percent >= right.Percent;
#pragma warning restore CS1591
}
