using System.Globalization;
using ItbPlanner.Domain.Errors;

namespace ItbPlanner.Domain.Flex;

/// <summary>
/// A day's flex (periodic) schedule: steps in increasing order of start time, the first at 00:00, each running to the
/// next and the last to midnight, so the steps cover 24 hours exactly.
/// </summary>
public sealed record FlexSchedule
{
    /// <summary>The input name invalid steps are reported under.</summary>
    public const string Input = "flex step";

    /// <summary>Creates a schedule.</summary>
    /// <exception cref="InvalidInputException">No steps, a first step after 00:00, or a time repeated or out of order.</exception>
    public FlexSchedule(IEnumerable<FlexStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var list = steps.ToArray();
        if (list.Length == 0)
        {
            throw new InvalidInputException(Input, "A flex schedule needs at least one step, starting at 00:00.");
        }

        if (list[0].Start != TimeOnly.MinValue)
        {
            throw new InvalidInputException(
                Input,
                $"The flex schedule starts at {Time(list[0].Start)}: it must start at 00:00 so that every hour of the day has a rate.");
        }

        for (var i = 1; i < list.Length; i++)
        {
            if (list[i].Start <= list[i - 1].Start)
            {
                var what = list[i].Start == list[i - 1].Start ? "repeats" : "comes before";
                throw new InvalidInputException(
                    Input,
                    $"flex step {i + 1} at {Time(list[i].Start)} {what} step {i} at {Time(list[i - 1].Start)}: give the steps in increasing order of time, each time once.");
            }
        }

        Steps = list;
    }

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<FlexStep> Steps { get; }

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
