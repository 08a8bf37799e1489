namespace ItbPlanner.App.Cli.Options;

/// <summary>Sanity bounds on raw numbers typed at the command line, far outside any clinical value.</summary>
internal static class Limits
{
    /// <summary>Larger numbers are typing errors (and would overflow exact arithmetic further on).</summary>
    public const decimal LargestAcceptedNumber = 1_000_000_000m;

    /// <summary>The earliest date accepted: before intrathecal baclofen was in use, so a typing error.</summary>
    public static readonly DateOnly EarliestDate = new(1980, 1, 1);

    /// <summary>The latest date accepted: far beyond any refill or plan, so a typing error (and it keeps date arithmetic in range).</summary>
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>Null when the date is plausible, else the one-line reason, naming the option.</summary>
    public static string? CheckDate(string option, DateOnly date) =>
        date < EarliestDate || date > LatestDate
            ? $"{option}: {date:yyyy-MM-dd} is outside the dates ItbPlanner accepts ({EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}); check the year."
            : null;
}
