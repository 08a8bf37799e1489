using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Quantities;

/// <summary>
/// Grams of immunoglobulin (an IVIG course's total or a day's share), exact. Its own type rather than a
/// <see cref="Mass"/> in grams: g is deliberately not a unit where a baclofen dose is read, and IVIG grams are never
/// typed, only computed (dose per kg × weight), so the type has no parser.
/// </summary>
/// <param name="Grams">The amount in grams.</param>
public readonly record struct ImmunoglobulinMass(decimal Grams) : IComparable<ImmunoglobulinMass>
{
    /// <summary>A share of the amount: the grams given on each of so many days (decimal division: exact when it terminates).</summary>
    public static ImmunoglobulinMass operator /(ImmunoglobulinMass total, int days) => new(total.Grams / days);

    /// <summary>Named twin of <c>total / days</c>.</summary>
    public ImmunoglobulinMass Share(int days) => this / days;

    /// <summary>The grams rounded for display to 0.01 g, e.g. <c>24.8 g</c>.</summary>
    public string Display() => $"{Grams.ToDisplay(2)} g";

    /// <inheritdoc/>
    public int CompareTo(ImmunoglobulinMass other) => Grams.CompareTo(other.Grams);

    /// <summary>Invariant text, e.g. <c>124 g</c>.</summary>
    public override string ToString() => $"{Grams.ToInvariant()} g";

#pragma warning disable CS1591
    public static bool operator <(ImmunoglobulinMass left, ImmunoglobulinMass right) => left.Grams < right.Grams;

    public static bool operator >(ImmunoglobulinMass left, ImmunoglobulinMass right) => left.Grams > right.Grams;

    public static bool operator <=(ImmunoglobulinMass left, ImmunoglobulinMass right) => left.Grams <= right.Grams;

    public static bool operator >=(ImmunoglobulinMass left, ImmunoglobulinMass right) => left.Grams >= right.Grams;
#pragma warning restore CS1591
}
