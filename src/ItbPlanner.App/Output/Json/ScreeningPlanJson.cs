using ItbPlanner.App.Cli.Options;
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
    /// <summary>Converts a plan.</summary>
    public static ScreeningPlanJson From(ScreeningPlan plan, string protocolTitle) => new(
        protocolTitle,
        EnumOption.Spell(plan.Population),
        plan.Start,
        JsonOutput.Number(plan.Concentration.MicrogramsPerMilliliter),
        [.. plan.Boluses.Select(b => new ScreeningBolusJson(
            b.Number,
            JsonOutput.Number(b.Dose.Micrograms),
            JsonOutput.Number(b.Volume.Milliliters),
            b.EarliestDate,
            JsonOutput.Number(b.Observation.Hours)))],
        [.. plan.Assess],
        plan.PositiveResponse,
        AlertJson.From(plan.Alerts),
        [.. plan.Working]);
}
