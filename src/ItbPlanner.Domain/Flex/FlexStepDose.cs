using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Flex;

/// <summary>What one flex step delivers.</summary>
/// <param name="Step">The step as given.</param>
/// <param name="End">When the step ends: the next step's start, or 00:00 (midnight at the end of the day) for the last step.</param>
/// <param name="Length">How long the step runs.</param>
/// <param name="Dose">The drug the step delivers: rate × length.</param>
public sealed record FlexStepDose(FlexStep Step, TimeOnly End, Duration Length, Mass Dose)
{
    /// <summary>True for the last step, which runs to midnight.</summary>
    public bool EndsAtMidnight => End == TimeOnly.MinValue;
}
