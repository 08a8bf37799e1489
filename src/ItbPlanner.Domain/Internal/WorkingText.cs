using System.Globalization;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Internal;

/// <summary>Working-line text for values <see cref="QuantityDisplay"/> does not cover. Results keep the exact values.</summary>
internal static class WorkingText
{
    /// <summary>A percentage rounded to at most one place, e.g. <c>14.5 %</c>.</summary>
    public static string Display(this Percentage percentage) => $"{percentage.Percent.ToDisplay(1)} %";

    /// <summary>A duration in hours, e.g. <c>7.5 h</c>.</summary>
    public static string DisplayHours(this Duration duration) => duration.ToUnit(DurationUnit.Hour).Display();

    /// <summary>A duration in days, e.g. <c>40 days</c>.</summary>
    public static string DisplayDays(this Duration duration) => $"{duration.Days.ToDisplay(2)} days";

    /// <summary>A date as ISO 8601, e.g. <c>2025-01-10</c>.</summary>
    public static string Display(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
