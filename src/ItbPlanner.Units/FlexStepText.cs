using System.Globalization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Units;

/// <summary>Reads one flex step written <c>HH:MM RATE</c>, e.g. <c>06:00 6mcg/h</c> or <c>22:00 240mcg/day</c>.</summary>
public static class FlexStepText
{
    /// <summary>Reads <c>HH:MM RATE</c>. The rate needs a unit and keeps it, so mcg/h can be told from mcg/day.</summary>
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
            rate = QuantityText.Parse<MassFlow>(parts[1]);
        }
        catch (QuantityFormatException e)
        {
            throw new InvalidInputException(FlexSchedule.Input, $"flex step '{text}': {e.Message}");
        }

        return new FlexStep(start, rate);
    }
}
