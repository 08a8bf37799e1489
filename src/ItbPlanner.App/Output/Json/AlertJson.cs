using ItbPlanner.Domain.Alerts;

namespace ItbPlanner.App.Output.Json;

/// <summary>An alert in JSON: <c>{ code, severity, message }</c>, severity one of info|warning|critical.</summary>
internal sealed record AlertJson(string Code, string Severity, string Message)
{
    /// <summary>Converts domain alerts.</summary>
    public static AlertJson[] From(IEnumerable<Alert> alerts) =>
        [.. alerts.Select(a => new AlertJson(a.Code, SeverityName(a.Severity), a.Message))];

    /// <summary>The contract's spelling of a severity.</summary>
    public static string SeverityName(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Info => "info",
        AlertSeverity.Warning => "warning",
        AlertSeverity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };
}
