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

    /// <summary>Reads <c>HH:MM RATE</c>, e.g. <c>06:00 6mcg/h</c> or <c>22:00 240mcg/day</c>. The rate needs a unit.</summary>
    /// <exception cref="InvalidInputException">Not a time and a dose rate.</exception>
    public static FlexStep Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw new InvalidInputException(FlexSchedule.Input, $"flex step '{text}': write a start time and a rate, e.g. \"06:00 6mcg/h\".");
        }

        if (!TimeOnly.TryParseExact(parts[0], ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            throw new InvalidInputException(FlexSchedule.Input, $"flex step '{text}': '{parts[0]}' is not a time of day; write HH:MM from 00:00 to 23:59, e.g. \"06:00 6mcg/h\".");
        }

        MassFlow rate;
        try
        {
            rate = MassFlow.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        catch (QuantityFormatException e)
        {
            throw new InvalidInputException(FlexSchedule.Input, $"flex step '{text}': {e.Message}");
        }

        return new FlexStep(start, rate);
    }

    /// <summary>The step as it is written, e.g. <c>06:00 6 mcg/h</c>.</summary>
    public override string ToString() => $"{Start.ToString("HH:mm", CultureInfo.InvariantCulture)} {Rate}";
}
