using ItbPlanner.Domain.Flex;

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
    /// <summary>Converts a plan.</summary>
    public static FlexJson From(FlexPlan plan, string protocolTitle) => new(
        protocolTitle,
        JsonOutput.Number(plan.Concentration.MicrogramsPerMilliliter),
        [.. plan.Steps.Select(FlexStepJson.From)],
        JsonOutput.Number(plan.DailyDose.MicrogramsPerDay),
        JsonOutput.Number(plan.DailyVolume.MillilitersPerDay),
        plan.StepLimit,
        AlertJson.From(plan.Alerts),
        [.. plan.Working]);
}
