using System.Globalization;

namespace ItbPlanner.Domain.Assessments;

/// <summary>Parsing shared by the whole-number scales: invariant digits, a range check that names the scale.</summary>
internal static class ScoreText
{
    public static int ParseWhole(string s, int minimum, int maximum, string scale)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{s}' is not a {scale} score: write a whole number from {minimum} to {maximum}.");
        }

        if (value < minimum || value > maximum)
        {
            throw new FormatException($"{value} is outside the {scale} range {minimum}–{maximum}.");
        }

        return value;
    }

    public static int CheckRange(int value, int minimum, int maximum, string scale, string parameter) =>
        value >= minimum && value <= maximum
            ? value
            : throw new ArgumentOutOfRangeException(parameter, value, $"{value} is outside the {scale} range {minimum}–{maximum}.");
}
