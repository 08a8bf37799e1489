using ItbPlanner.Domain.Screening;

namespace ItbPlanner.App.Output.Json;

/// <summary>The <c>itb screening plan --json</c> contract. Field names are public: add, never rename.</summary>
internal sealed record ScreeningPlanJson(
    string Protocol,
    string Population,
    DateOnly Start,
    decimal ConcentrationMcgPerMl,
    ScreeningBolusJson[] Boluses,
    string[] Assess,
    string PositiveResponse,
    AlertJson[] Alerts,
    string[] Working)
{
    /// <summary>For children: the smaller first bolus for very small children, given instead of bolus 1 (null when none).</summary>
    public ScreeningBolusJson? SmallChildStart { get; init; }

    /// <summary>Converts a plan.</summary>
    public static ScreeningPlanJson From(ScreeningPlan plan, string protocolTitle) => new(
        protocolTitle,
        Spelling.Of(plan.Population),
        plan.Start,
        JsonOutput.Number(plan.Concentration.MicrogramsPerMilliliter),
        [.. plan.Boluses.Select(Bolus)],
        [.. plan.Assess],
        plan.PositiveResponse,
        AlertJson.From(plan.Alerts),
        [.. plan.Working])
    {
        SmallChildStart = plan.SmallChildStart is { } small ? Bolus(small) : null,
    };

    private static ScreeningBolusJson Bolus(PlannedBolus b) => new(
        b.Number,
        JsonOutput.Number(b.Dose.Micrograms),
        JsonOutput.Number(b.Volume.Milliliters),
        b.EarliestDate,
        JsonOutput.Number(b.Observation.Hours));
}
