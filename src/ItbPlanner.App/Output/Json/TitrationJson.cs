using ItbPlanner.Domain.Titration;

namespace ItbPlanner.App.Output.Json;

/// <summary>The <c>itb titrate --json</c> contract. Field names are public: add, never rename.</summary>
internal sealed record TitrationJson(
    string Protocol,
    string Origin,
    string Population,
    decimal FromMcgPerDay,
    decimal ToMcgPerDay,
    decimal StepPercent,
    TitrationStepJson[] Steps,
    AlertJson[] Alerts,
    string[] Working)
{
    /// <summary>Converts a plan.</summary>
    public static TitrationJson From(TitrationPlan plan, string protocolTitle) => new(
        protocolTitle,
        Spelling.Of(plan.Origin),
        Spelling.Of(plan.Population),
        JsonOutput.Number(plan.From.MicrogramsPerDay),
        JsonOutput.Number(plan.To.MicrogramsPerDay),
        JsonOutput.Number(plan.Step.Percent),
        [.. plan.Steps.Select(s => new TitrationStepJson(s.Date, JsonOutput.Number(s.Dose.MicrogramsPerDay), JsonOutput.Number(s.Change.Percent)))],
        AlertJson.From(plan.Alerts),
        [.. plan.Working]);
}
