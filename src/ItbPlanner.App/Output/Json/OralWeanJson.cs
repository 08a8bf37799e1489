using ItbPlanner.Domain.OralWean;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Output.Json;

/// <summary>The <c>itb oral-wean --json</c> contract. Field names are public: add, never rename.</summary>
internal sealed record OralWeanJson(
    string Protocol,
    string Drug,
    decimal FromMgPerDay,
    decimal StepPercent,
    decimal MaximumCutMgPerDay,
    int EveryDays,
    decimal[] TabletsMg,
    OralWeanStepJson[] Steps,
    AlertJson[] Alerts,
    string[] Working)
{
    /// <summary>Converts a plan.</summary>
    public static OralWeanJson From(OralWeanPlan plan, string protocolTitle) => new(
        protocolTitle,
        "oral baclofen",
        JsonOutput.Number(plan.From.MilligramsPerDay),
        JsonOutput.Number(plan.Step.Percent),
        JsonOutput.Number(plan.MaximumCut.MilligramsPerDay),
        plan.DaysApart,
        [.. plan.Tablets.Select(t => JsonOutput.Number(t.As(MassUnit.Milligram)))],
        [.. plan.Steps.Select(s => new OralWeanStepJson(
            s.Date,
            JsonOutput.Number(s.DailyDose.MilligramsPerDay),
            JsonOutput.Number(s.Cut.MilligramsPerDay),
            JsonOutput.Number(Math.Round(s.CutOfStart.Percent, 2, MidpointRounding.AwayFromZero)),
            [.. s.Tablets.Select(t => new TabletCountJson(JsonOutput.Number(t.Strength.As(MassUnit.Milligram)), t.Count))]))],
        AlertJson.From(plan.Alerts),
        [.. plan.Working]);
}

/// <summary>One step of <c>itb oral-wean --json</c>: the new daily total from its date, the cut, and the tablets that make it.</summary>
internal sealed record OralWeanStepJson(DateOnly Date, decimal DailyDoseMgPerDay, decimal CutMgPerDay, decimal CutOfStartPercent, TabletCountJson[] Tablets);

/// <summary>Whole tablets of one strength a day.</summary>
internal sealed record TabletCountJson(decimal StrengthMg, int Count);
