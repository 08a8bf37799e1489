using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.OralWean;

/// <summary>
/// Whether one dose can be given as whole tablets of the strengths at hand, and with which: a daily total made of whole
/// tablets may still split into doses that none make (30 mg/day in four doses is 7.5 mg, which 10 mg tablets cannot
/// make). Exact, counted as <see cref="OralWeanPlanner"/> counts daily totals (down to 0.001 mg). Pure.
/// </summary>
public static class TabletDoses
{
    /// <summary>Most distinct totals searched when making a dose from tablets.</summary>
    private const int MaximumTotals = 1_000_000;

    /// <summary>
    /// The fewest whole tablets of <paramref name="strengths"/> that make exactly <paramref name="dose"/>, largest strength
    /// first (empty for a zero dose); null when no whole tablets of those strengths make it.
    /// </summary>
    /// <exception cref="InvalidInputException">No strength given, a strength not positive or finer than 0.001 mg, or too many totals to search.</exception>
    public static IReadOnlyList<TabletCount>? Make(Mass dose, IReadOnlyList<Mass> strengths)
    {
        ArgumentNullException.ThrowIfNull(strengths);
        var sorted = strengths.Distinct().OrderByDescending(s => s).ToList();
        if (sorted.Count == 0 || sorted.Any(s => s <= Mass.Zero))
        {
            throw new InvalidInputException("tablet", $"A dose is made of tablets of a strength greater than zero; got {(sorted.Count == 0 ? "none" : string.Join(", ", sorted))}.");
        }

        var milligrams = dose.As(MassUnit.Milligram);
        if (milligrams <= 0m)
        {
            return milligrams == 0m ? [] : null;
        }

        var totals = TabletTotals.For(sorted, milligrams, MaximumTotals);
        return totals.AtOrAbove(milligrams) == milligrams ? totals.Make(milligrams) : null;
    }
}
