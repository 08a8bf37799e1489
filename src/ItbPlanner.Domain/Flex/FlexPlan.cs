using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Flex;

/// <summary>A checked flex schedule: each step's dose, the 24-hour total and the daily volume.</summary>
/// <param name="Steps">Each step with its end, length and dose.</param>
/// <param name="Concentration">The concentration in the reservoir.</param>
/// <param name="DailyDose">The 24-hour total: the sum of the step doses.</param>
/// <param name="DailyVolume">The volume the schedule takes in a day: daily dose ÷ concentration.</param>
/// <param name="StepLimit">The most steps allowed in a day, when known.</param>
/// <param name="Alerts">Findings, most severe first.</param>
/// <param name="Working">How each number was found, with the protocol rules used.</param>
public sealed record FlexPlan(
    IReadOnlyList<FlexStepDose> Steps,
    MassConcentration Concentration,
    MassFlow DailyDose,
    VolumeFlow DailyVolume,
    int? StepLimit,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<string> Working)
{
    /// <summary>The pump the schedule was checked for (its step limit and minimum rate), when one was named.</summary>
    public Protocols.PumpModel? Pump { get; init; }
}
