using ItbPlanner.Domain.ConcentrationChanges;

namespace ItbPlanner.App.Output.Json;

/// <summary>The <c>itb concentration-change --pump CONSTANT-FLOW --json</c> contract. Field names are public: add, never rename.</summary>
internal sealed record ConstantFlowJson(
    string Pump,
    string Protocol,
    decimal DoseMcgPerDay,
    decimal FixedRateMlPerDay,
    decimal RequiredConcentrationMcgPerMl,
    bool Stocked,
    DilutionJson? Dilution,
    decimal? PreviousDoseMcgPerDay,
    AlertJson[] Alerts,
    string[] Working)
{
    /// <summary>Converts a plan.</summary>
    public static ConstantFlowJson From(ConstantFlowPlan plan, string protocolTitle) => new(
        plan.Pump.Id,
        protocolTitle,
        JsonOutput.Number(plan.Dose.MicrogramsPerDay),
        JsonOutput.Number(plan.FixedRate.MillilitersPerDay),
        JsonOutput.Number(plan.RequiredConcentration.MicrogramsPerMilliliter),
        plan.Stocked is not null,
        plan.Dilution is { } d
            ? new DilutionJson(
                JsonOutput.Number(d.Stock.Concentration.Value.MicrogramsPerMilliliter),
                JsonOutput.Number(d.FillVolume.Milliliters),
                JsonOutput.Number(d.StockVolume.Milliliters),
                JsonOutput.Number(d.SalineVolume.Milliliters))
            : null,
        plan.PreviousDose is { } previous ? JsonOutput.Number(previous.MicrogramsPerDay) : null,
        AlertJson.From(plan.Alerts),
        [.. plan.Working]);
}
