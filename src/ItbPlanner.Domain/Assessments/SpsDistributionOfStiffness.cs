using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ItbPlanner.Domain.Assessments;

/// <summary>
/// Stiff person syndrome distribution-of-stiffness index (Dalakas 2001): one point for each stiff region among upper trunk,
/// lower trunk, legs, arms, face and abdomen.
/// Whole numbers 0–6 only; construction and parsing reject anything else. <c>default</c> is 0. Immutable.
/// </summary>
public readonly record struct SpsDistributionOfStiffness : IComparable<SpsDistributionOfStiffness>, IParsable<SpsDistributionOfStiffness>
{
    /// <summary>The lowest score.</summary>
    public const int Minimum = 0;

    /// <summary>The highest score.</summary>
    public const int Maximum = 6;

    private const string Scale = "SPS distribution-of-stiffness";

    /// <summary>Creates a score.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–6.</exception>
    public SpsDistributionOfStiffness(int score) => Score = ScoreText.CheckRange(score, Minimum, Maximum, Scale, nameof(score));

    /// <summary>The score, 0–6.</summary>
    public int Score { get; }

    /// <summary>The regions the index counts, one point each.</summary>
    public static IReadOnlyList<string> Regions { get; } = ["upper trunk", "lower trunk", "legs", "arms", "face", "abdomen"];

    /// <summary>Parses a whole number 0–6.</summary>
    /// <exception cref="FormatException">Not a whole number, or outside the range.</exception>
    public static SpsDistributionOfStiffness Parse(string s, IFormatProvider? provider = null) => new(ScoreText.ParseWhole(s, Minimum, Maximum, Scale));

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SpsDistributionOfStiffness result)
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
    public int CompareTo(SpsDistributionOfStiffness other) => Score.CompareTo(other.Score);

    /// <summary>The score as a number, e.g. <c>3</c>.</summary>
    public override string ToString() => Score.ToString(CultureInfo.InvariantCulture);

#pragma warning disable CS1591 // Comparison operators follow CompareTo.
    public static bool operator <(SpsDistributionOfStiffness left, SpsDistributionOfStiffness right) => left.Score < right.Score;

    public static bool operator >(SpsDistributionOfStiffness left, SpsDistributionOfStiffness right) => left.Score > right.Score;

    public static bool operator <=(SpsDistributionOfStiffness left, SpsDistributionOfStiffness right) => left.Score <= right.Score;

    public static bool operator >=(SpsDistributionOfStiffness left, SpsDistributionOfStiffness right) => left.Score >= right.Score;
#pragma warning restore CS1591
}
