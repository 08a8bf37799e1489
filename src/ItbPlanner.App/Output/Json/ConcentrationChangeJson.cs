using ItbPlanner.Domain.ConcentrationChanges;

namespace ItbPlanner.App.Output.Json;

/// <summary>The <c>itb concentration-change --json</c> contract for a programmable pump. Field names are public: add, never rename.</summary>
internal sealed record ConcentrationChangeJson(
    string Protocol,
    decimal DoseMcgPerDay,
    decimal FromMcgPerMl,
    decimal ToMcgPerMl,
    decimal OldRateMlPerDay,
    decimal NewRateMlPerDay,
    decimal DeadSpaceMl,
    decimal UnbridgedDoseMcgPerDay,
    decimal UnbridgedHours,
    decimal UnbridgedDeviationPercent,
    decimal BridgeVolumeMl,
    decimal BridgeRateMlPerDay,
    decimal BridgeHours,
    AlertJson[] Alerts,
    string[] Working)
{
    /// <summary>Converts a plan.</summary>
    public static ConcentrationChangeJson From(ConcentrationChangePlan plan, string protocolTitle) => new(
        protocolTitle,
        JsonOutput.Number(plan.Dose.MicrogramsPerDay),
        JsonOutput.Number(plan.From.MicrogramsPerMilliliter),
        JsonOutput.Number(plan.To.MicrogramsPerMilliliter),
        JsonOutput.Number(plan.OldRate.MillilitersPerDay),
        JsonOutput.Number(plan.NewRate.MillilitersPerDay),
        JsonOutput.Number(plan.DeadSpace.Milliliters),
        JsonOutput.Number(plan.UnbridgedDose.MicrogramsPerDay),
        JsonOutput.Number(plan.UnbridgedDuration.Hours),
        JsonOutput.Number(plan.UnbridgedDeviation.Percent),
        JsonOutput.Number(plan.BridgeVolume.Milliliters),
        JsonOutput.Number(plan.BridgeRate.MillilitersPerDay),
        JsonOutput.Number(plan.BridgeDuration.Hours),
        AlertJson.From(plan.Alerts),
        [.. plan.Working]);
}
