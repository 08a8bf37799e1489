using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ItbPlanner.Domain.Assessments;

/// <summary>
/// Stiff person syndrome heightened-sensitivity scale: one point for each trigger that provokes spasms among noise, visual
/// stimuli, touch, activity, stress, spontaneous and nocturnal (triggers from Dalakas 2001; the 0–7 range follows from them).
/// Whole numbers 0–7 only; construction and parsing reject anything else. <c>default</c> is 0. Immutable.
/// </summary>
public readonly record struct SpsHeightenedSensitivity : IComparable<SpsHeightenedSensitivity>, IParsable<SpsHeightenedSensitivity>
{
    /// <summary>The lowest score.</summary>
    public const int Minimum = 0;

    /// <summary>The highest score.</summary>
    public const int Maximum = 7;

    private const string Scale = "SPS heightened-sensitivity";

    /// <summary>Creates a score.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–7.</exception>
    public SpsHeightenedSensitivity(int score) => Score = ScoreText.CheckRange(score, Minimum, Maximum, Scale, nameof(score));

    /// <summary>The score, 0–7.</summary>
    public int Score { get; }

    /// <summary>The triggers the scale counts, one point each.</summary>
    public static IReadOnlyList<string> Triggers { get; } = ["noise", "visual", "touch", "activity", "stress", "spontaneous", "nocturnal"];

    /// <summary>Parses a whole number 0–7.</summary>
    /// <exception cref="FormatException">Not a whole number, or outside the range.</exception>
    public static SpsHeightenedSensitivity Parse(string s, IFormatProvider? provider = null) => new(ScoreText.ParseWhole(s, Minimum, Maximum, Scale));

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SpsHeightenedSensitivity result)
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
    public int CompareTo(SpsHeightenedSensitivity other) => Score.CompareTo(other.Score);

    /// <summary>The score as a number, e.g. <c>3</c>.</summary>
    public override string ToString() => Score.ToString(CultureInfo.InvariantCulture);

#pragma warning disable CS1591 // Comparison operators follow CompareTo.
    public static bool operator <(SpsHeightenedSensitivity left, SpsHeightenedSensitivity right) => left.Score < right.Score;

    public static bool operator >(SpsHeightenedSensitivity left, SpsHeightenedSensitivity right) => left.Score > right.Score;

    public static bool operator <=(SpsHeightenedSensitivity left, SpsHeightenedSensitivity right) => left.Score <= right.Score;

    public static bool operator >=(SpsHeightenedSensitivity left, SpsHeightenedSensitivity right) => left.Score >= right.Score;
#pragma warning restore CS1591
}
