using System.Diagnostics.CodeAnalysis;
using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Quantities;

/// <summary>
/// A patient's body weight in kilograms, exact; read from <c>62kg</c> or <c>62 kg</c>. Its own type, not a
/// <see cref="Mass"/>: kg is deliberately not a unit where a baclofen dose is read (a 1000× slip guard), and a weight
/// must never be taken for a dose.
/// </summary>
/// <param name="Kilograms">The weight in kilograms.</param>
public readonly record struct BodyWeight(decimal Kilograms) : IComparable<BodyWeight>, IParsable<BodyWeight>
{
    private static readonly string[] Spellings = ["kg"];

    /// <summary>Reads <c>62kg</c> or <c>62 kg</c>.</summary>
    /// <exception cref="FormatException">Not a number followed by kg.</exception>
    public static BodyWeight Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var weight) ? weight : throw new FormatException($"'{s}' is not a body weight: write kilograms, e.g. 62kg.");

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out BodyWeight result)
    {
        var read = SingleUnitText.TryRead(s, Spellings, out var kilograms);
        result = new BodyWeight(kilograms);
        return read;
    }

    /// <inheritdoc/>
    public int CompareTo(BodyWeight other) => Kilograms.CompareTo(other.Kilograms);

    /// <summary>Invariant text, e.g. <c>62 kg</c>.</summary>
    public override string ToString() => $"{Kilograms.ToInvariant()} kg";

#pragma warning disable CS1591
    public static bool operator <(BodyWeight left, BodyWeight right) => left.Kilograms < right.Kilograms;

    public static bool operator >(BodyWeight left, BodyWeight right) => left.Kilograms > right.Kilograms;

    public static bool operator <=(BodyWeight left, BodyWeight right) => left.Kilograms <= right.Kilograms;

    public static bool operator >=(BodyWeight left, BodyWeight right) => left.Kilograms >= right.Kilograms;
#pragma warning restore CS1591
}
