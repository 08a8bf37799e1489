namespace ItbPlanner.App.Cli.Options;

/// <summary>Sanity bounds on raw numbers typed at the command line, far outside any clinical value.</summary>
internal static class Limits
{
    /// <summary>Larger numbers are typing errors (and would overflow exact arithmetic further on).</summary>
    public const decimal LargestAcceptedNumber = 1_000_000_000m;
}
