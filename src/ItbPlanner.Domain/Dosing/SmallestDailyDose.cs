using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Dosing;

/// <summary>
/// The smallest intrathecal daily dose ItbPlanner accepts as a program or as the dose in force: 0.1 mcg/day, the
/// resolution it rounds doses to. Anything smaller is a slip (a unit or a decimal point), not a dose: the lowest a pump
/// can deliver is about 2.4 mcg/day (0.048 mL/day at 50 mcg/mL), and reported doses start near 12 mcg/day
/// (itb-dosing.md §3). It also keeps every change ratio finite: a change from 1e-28 mcg/day to 100 mcg/day is a factor
/// beyond what exact decimals hold.
/// </summary>
public static class SmallestDailyDose
{
    /// <summary>0.1 mcg/day.</summary>
    public static MassFlow Value { get; } = MassFlow.FromMicrogramsPerDay(0.1m);

    /// <summary>Refuses a daily dose that is not zero or negative (the caller's own rule) but below <see cref="Value"/>.</summary>
    /// <param name="dose">The daily dose.</param>
    /// <param name="what">What the dose is, in the clinician's words (e.g. <c>dose</c>, <c>current dose</c>).</param>
    /// <exception cref="InvalidInputException">The dose is above zero and below 0.1 mcg/day.</exception>
    public static void Check(MassFlow? dose, string what)
    {
        if (dose is { } value && value > MassFlow.Zero && value < Value)
        {
            throw new InvalidInputException(what, $"A daily dose of {value} is below the smallest ItbPlanner accepts, {Value}: check the unit and the decimal point.");
        }
    }
}
