using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ItbPlanner.Domain.Assessments;

/// <summary>
/// The Penn Spasm Frequency Scale, part 1: how often spasms occur (0 none; 1 only on stimulation; 2 less than once an hour;
/// 3 more than once an hour; 4 more than ten times an hour). Part 2 (severity) is not recorded here.
/// Whole numbers 0–4 only; construction and parsing reject anything else. <c>default</c> is 0. Immutable.
/// </summary>
public readonly record struct PennSpasmFrequency : IComparable<PennSpasmFrequency>, IParsable<PennSpasmFrequency>
{
    /// <summary>The lowest score.</summary>
    public const int Minimum = 0;

    /// <summary>The highest score.</summary>
    public const int Maximum = 4;

    private const string Scale = "Penn spasm frequency";

    /// <summary>Creates a score.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–4.</exception>
    public PennSpasmFrequency(int score) => Score = ScoreText.CheckRange(score, Minimum, Maximum, Scale, nameof(score));

    /// <summary>The score, 0–4.</summary>
    public int Score { get; }

    /// <summary>What the score means, in the scale's words.</summary>
    public string Meaning => Score switch
    {
        0 => "no spasms",
        1 => "spasms only on stimulation",
        2 => "spontaneous spasms less than once an hour",
        3 => "spontaneous spasms more than once an hour",
        _ => "spontaneous spasms more than ten times an hour",
    };

    /// <summary>Parses a whole number 0–4.</summary>
    /// <exception cref="FormatException">Not a whole number, or outside the range.</exception>
    public static PennSpasmFrequency Parse(string s, IFormatProvider? provider = null) => new(ScoreText.ParseWhole(s, Minimum, Maximum, Scale));

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PennSpasmFrequency result)
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
    public int CompareTo(PennSpasmFrequency other) => Score.CompareTo(other.Score);

    /// <summary>The score as a number, e.g. <c>3</c>.</summary>
    public override string ToString() => Score.ToString(CultureInfo.InvariantCulture);

#pragma warning disable CS1591 // Comparison operators follow CompareTo.
    public static bool operator <(PennSpasmFrequency left, PennSpasmFrequency right) => left.Score < right.Score;

    public static bool operator >(PennSpasmFrequency left, PennSpasmFrequency right) => left.Score > right.Score;

    public static bool operator <=(PennSpasmFrequency left, PennSpasmFrequency right) => left.Score <= right.Score;

    public static bool operator >=(PennSpasmFrequency left, PennSpasmFrequency right) => left.Score >= right.Score;
#pragma warning restore CS1591
}
