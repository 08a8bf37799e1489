using ItbPlanner.Domain.Flex;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.App.Output.Json;

/// <summary>The <c>itb flex --json</c> contract. Field names are public: add, never rename.</summary>
internal sealed record FlexJson(
    string Protocol,
    decimal ConcentrationMcgPerMl,
    FlexStepJson[] Steps,
    decimal DailyDoseMcgPerDay,
    decimal DailyVolumeMlPerDay,
    int? StepLimit,
    AlertJson[] Alerts,
    string[] Working)
{
    /// <summary>The pump id the schedule was checked for (<c>--pump</c>), or null.</summary>
    public string? Pump { get; init; }

    /// <summary>The origin whose usual range was used (<c>--origin</c>), or null for the population's.</summary>
    public string? Origin { get; init; }

    /// <summary>Converts a plan.</summary>
    public static FlexJson From(FlexPlan plan, string protocolTitle, TitrationOrigin? origin = null) => new(
        protocolTitle,
        JsonOutput.Number(plan.Concentration.MicrogramsPerMilliliter),
        [.. plan.Steps.Select(FlexStepJson.From)],
        JsonOutput.Number(plan.DailyDose.MicrogramsPerDay),
        JsonOutput.Number(plan.DailyVolume.MillilitersPerDay),
        plan.StepLimit,
        AlertJson.From(plan.Alerts),
        [.. plan.Working])
    {
        Pump = plan.Pump?.Id,
        Origin = origin is { } o ? Spelling.Of(o) : null,
    };
}
