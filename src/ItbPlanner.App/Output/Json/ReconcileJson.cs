using ItbPlanner.Domain.Refills;

namespace ItbPlanner.App.Output.Json;

/// <summary>The <c>itb reconcile --json</c> contract. Field names are public: add, never rename.</summary>
internal sealed record ReconcileJson(
    string Pump,
    string Protocol,
    DateOnly FillDate,
    DateOnly Date,
    int DaysElapsed,
    decimal FillVolumeMl,
    decimal DailyVolumeMlPerDay,
    decimal ProjectedResidualMl,
    decimal? LowestExpectedResidualMl,
    decimal ExpectedResidualMl,
    decimal AspiratedMl,
    decimal DiscrepancyMl,
    decimal ExpectedDeliveredMl,
    decimal ToleranceMl,
    DateOnly? ExpectedDryDate,
    AlertJson[] Alerts,
    string[] Working)
{
    /// <summary>The patient whose log the fill and program were read from (<c>--patient</c>), else null.</summary>
    public string? PatientId { get; init; }

    /// <summary>Converts a result; <paramref name="alerts"/> are the result's with any flex-schedule findings merged in.</summary>
    public static ReconcileJson From(ReconciliationRequest request, ReconciliationResult result, IReadOnlyList<Domain.Alerts.Alert> alerts, string protocolTitle) => new(
        request.Pump.Id,
        protocolTitle,
        request.FillDate,
        request.Date,
        result.DaysElapsed,
        JsonOutput.Number(request.FillVolume.Milliliters),
        JsonOutput.Number(result.DailyVolume.MillilitersPerDay),
        JsonOutput.Number(result.ProjectedResidual.Milliliters),
        result.LowestExpectedResidual is { } lowest ? JsonOutput.Number(lowest.Milliliters) : null,
        JsonOutput.Number(result.ExpectedResidual.Milliliters),
        JsonOutput.Number(result.Aspirated.Milliliters),
        JsonOutput.Number(result.Discrepancy.Milliliters),
        JsonOutput.Number(result.ExpectedDelivered.Milliliters),
        JsonOutput.Number(result.Tolerance.Milliliters),
        result.ExpectedDryDate,
        AlertJson.From(alerts),
        [.. result.Working]);
}
