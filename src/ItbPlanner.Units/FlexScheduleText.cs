using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Flex;

namespace ItbPlanner.Units;

/// <summary>Reads a flex schedule from its steps, each written <c>HH:MM RATE</c>.</summary>
public static class FlexScheduleText
{
    /// <summary>Parses steps written <c>HH:MM RATE</c>.</summary>
    /// <exception cref="InvalidInputException">A step cannot be read, or the steps do not form a schedule.</exception>
    public static FlexSchedule Parse(IEnumerable<string> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return new FlexSchedule(steps.Select(FlexStepText.Parse));
    }
}
