using System.Diagnostics.CodeAnalysis;
using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Quantities;

/// <summary>
/// A weight-based dose in grams per kilogram of body weight (IVIG's 2 g/kg a course), exact; read from <c>2g/kg</c> or
/// <c>2 g/kg</c>. Its own type, so g/kg never becomes a unit a baclofen dose could be read in.
/// </summary>
/// <param name="GramsPerKilogram">The dose in g/kg.</param>
public readonly record struct DosePerBodyWeight(decimal GramsPerKilogram) : IComparable<DosePerBodyWeight>, IParsable<DosePerBodyWeight>
{
    private static readonly string[] Spellings = ["g/kg"];

    /// <summary>Reads <c>2g/kg</c> or <c>0.4 g/kg</c>.</summary>
    /// <exception cref="FormatException">Not a number followed by g/kg.</exception>
    public static DosePerBodyWeight Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var dose) ? dose : throw new FormatException($"'{s}' is not a dose per body weight: write grams per kilogram, e.g. 2g/kg.");

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DosePerBodyWeight result)
    {
        var read = SingleUnitText.TryRead(s, Spellings, out var gramsPerKilogram);
        result = new DosePerBodyWeight(gramsPerKilogram);
        return read;
    }

    /// <summary>Dose per kilogram × body weight = the grams for that patient (exact).</summary>
    public static ImmunoglobulinMass operator *(DosePerBodyWeight dose, BodyWeight weight) => new(dose.GramsPerKilogram * weight.Kilograms);

    /// <summary>Named twin of <c>dose * weight</c>.</summary>
    public ImmunoglobulinMass For(BodyWeight weight) => this * weight;

    /// <inheritdoc/>
    public int CompareTo(DosePerBodyWeight other) => GramsPerKilogram.CompareTo(other.GramsPerKilogram);

    /// <summary>Invariant text, e.g. <c>2 g/kg</c>.</summary>
    public override string ToString() => $"{GramsPerKilogram.ToInvariant()} g/kg";

#pragma warning disable CS1591
    public static bool operator <(DosePerBodyWeight left, DosePerBodyWeight right) => left.GramsPerKilogram < right.GramsPerKilogram;

    public static bool operator >(DosePerBodyWeight left, DosePerBodyWeight right) => left.GramsPerKilogram > right.GramsPerKilogram;

    public static bool operator <=(DosePerBodyWeight left, DosePerBodyWeight right) => left.GramsPerKilogram <= right.GramsPerKilogram;

    public static bool operator >=(DosePerBodyWeight left, DosePerBodyWeight right) => left.GramsPerKilogram >= right.GramsPerKilogram;
#pragma warning restore CS1591
}
