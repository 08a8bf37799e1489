using System.Globalization;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Internal;

/// <summary>Numbers as working lines show them: invariant, rounded for reading, no trailing zeros. Results keep the exact values.</summary>
internal static class WorkingText
{
    /// <summary>A quantity rounded to at most <paramref name="decimals"/> places, e.g. <c>0.3125 day</c>.</summary>
    public static string Show<T>(this T quantity, int decimals = 4)
        where T : IFormattable =>
        quantity.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>A percentage rounded to at most one place, e.g. <c>14.5 %</c>.</summary>
    public static string Show(this Percentage percentage) => $"{percentage.Percent.ToDisplay(1)} %";

    /// <summary>A duration in hours, e.g. <c>7.5 h</c>.</summary>
    public static string ShowHours(this Duration duration) => duration.ToUnit(DurationUnit.Hour).Show(2);

    /// <summary>A duration in days, e.g. <c>40 days</c>.</summary>
    public static string ShowDays(this Duration duration) => $"{duration.Days.ToDisplay(2)} days";

    /// <summary>A date as ISO 8601, e.g. <c>2025-01-10</c>.</summary>
    public static string Show(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
