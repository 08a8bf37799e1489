using ItbPlanner.Domain.Titration;

namespace ItbPlanner.App.Output.Json;

/// <summary>The <c>itb maintenance-change --json</c> contract. Field names are public: add, never rename.</summary>
internal sealed record MaintenanceChangeJson(
    string Protocol,
    string Origin,
    string Population,
    decimal FromMcgPerDay,
    decimal ToMcgPerDay,
    decimal ChangePercent,
    bool Allowed,
    string? OverrideReason,
    AlertJson[] Alerts,
    string[] Working)
{
    /// <summary>Converts a result.</summary>
    public static MaintenanceChangeJson From(MaintenanceChangeResult result, string protocolTitle) => new(
        protocolTitle,
        Spelling.Of(result.Origin),
        Spelling.Of(result.Population),
        JsonOutput.Number(result.From.MicrogramsPerDay),
        JsonOutput.Number(result.To.MicrogramsPerDay),
        JsonOutput.Number(result.Change.Percent),
        result.Allowed,
        result.OverrideReason,
        AlertJson.From(result.Alerts),
        [.. result.Working]);
}
