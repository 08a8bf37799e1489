using System.Globalization;
using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.Protocols;

/// <summary>
/// The values a protocol setting may plausibly take, with why: far enough out to hold every published value and a
/// clinic's own choice, near enough to catch a slip (a missing decimal point, a wrong unit, a stray zero). A value outside
/// is a protocol error at load (<see cref="ProtocolValidator"/>); the calculators rely on it. Immutable.
/// </summary>
/// <typeparam name="T">The value's type: a quantity, a whole number of days, a count.</typeparam>
/// <param name="Minimum">The smallest plausible value (inclusive).</param>
/// <param name="Maximum">The largest plausible value (inclusive).</param>
/// <param name="Why">Why these bounds, citing the reference (itb-dosing.md keys).</param>
/// <param name="Unit">
/// The unit written after a plain number (<c>days</c>, <c>cm</c>), or after a quantity's own (<c>/cm</c>); null for
/// quantities, which print their own.
/// </param>
public sealed record PlausibleRange<T>(T Minimum, T Maximum, string Why, string? Unit = null)
    where T : IComparable<T>
{
    /// <summary>Whether the value lies within the range, bounds included.</summary>
    public bool Contains(T value) => value.CompareTo(Minimum) >= 0 && value.CompareTo(Maximum) <= 0;

    /// <summary>"0.01 mcg/day to 10 mcg/day", "0 days to 60 days": the range as documented in protocols/README.md.</summary>
    public string Text => $"{Format(Minimum)} to {Format(Maximum)}";

    /// <summary>A value with the range's unit, for messages: "7 days", "1 day", "0.0026 mL/cm".</summary>
    public string Format(T value) => (Unit, Invariant(value)) switch
    {
        (null, var number) => number,
        (['/', ..], var number) => number + Unit,
        ([.. var singular, 's'], "1") => $"1 {singular}",
        (_, var number) => $"{number} {Unit}",
    };

    private static string Invariant(T value) =>
        value is decimal number ? number.ToInvariant() : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
