using System.Globalization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Flex;

/// <summary>
/// One step of a flex (periodic) schedule: from <see cref="Start"/> the pump runs at <see cref="Rate"/> until the next
/// step starts (the last step runs to midnight). The rate keeps the unit it was written in, so a rate typed as mcg/h
/// can be told from one typed as mcg/day.
/// </summary>
public sealed record FlexStep
{
    /// <summary>Creates a step.</summary>
    /// <exception cref="InvalidInputException">The start is not on a whole minute, or the rate is not positive.</exception>
    public FlexStep(TimeOnly start, MassFlow rate)
    {
        if (start.Second != 0 || start.Millisecond != 0 || start.Microsecond != 0)
        {
            throw new InvalidInputException(FlexSchedule.Input, $"flex step at {start.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}: steps start on a whole minute (HH:MM).");
        }

        if (rate <= MassFlow.Zero)
        {
            throw new InvalidInputException(
                FlexSchedule.Input,
                $"flex step at {start.ToString("HH:mm", CultureInfo.InvariantCulture)}: the rate must be greater than zero; got {rate} (a step without drug interrupts therapy).");
        }

        Start = start;
        Rate = rate;
    }

    /// <summary>When the step starts, on a whole minute.</summary>
    public TimeOnly Start { get; }

    /// <summary>The step's dose rate, in the unit it was given (mcg/h or mcg/day).</summary>
    public MassFlow Rate { get; }

    /// <summary>The step as it is written, e.g. <c>06:00 6 mcg/h</c>.</summary>
    public override string ToString() => $"{Start.ToString("HH:mm", CultureInfo.InvariantCulture)} {Rate}";
}
