using System.Globalization;

namespace ItbPlanner.Domain.Log;

/// <summary>
/// The one text form of a moment in the log: UTC with seven fractional digits and a <c>Z</c>, e.g.
/// <c>2026-11-21T09:30:00.0000000Z</c>. Fixed width, so text order is time order; exact to the tick, so a moment
/// survives storage unchanged. Used in the database and in the hashed canonical form.
/// </summary>
public static class LogTimestamp
{
    private const string Pattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    /// <summary>The canonical text of a moment (converted to UTC).</summary>
    public static string Format(DateTimeOffset moment) => moment.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Reads canonical text back.</summary>
    /// <exception cref="FormatException">Not in the canonical form.</exception>
    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out var moment) ? moment : throw new FormatException($"'{text}' is not a log timestamp like 2026-11-21T09:30:00.0000000Z.");

    /// <summary>Reads canonical text back, without throwing.</summary>
    public static bool TryParse(string? text, out DateTimeOffset moment)
    {
        moment = default;
        if (text is null
            || !DateTime.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            return false;
        }

        moment = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return true;
    }
}
