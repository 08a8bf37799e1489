namespace ItbPlanner.Domain.Alerts;

/// <summary>A finding about a plan: a stable code that scripts can test, a severity and a message for people.</summary>
/// <param name="Code">Stable, upper snake case (e.g. <c>STABILITY_LIMIT</c>); see <see cref="AlertCodes"/>.</param>
/// <param name="Severity">How loudly to show it.</param>
/// <param name="Message">One sentence saying what was found and what to do.</param>
public sealed record Alert(string Code, AlertSeverity Severity, string Message)
{
    /// <summary>What the alert is about, when it lists things (e.g. the protocol keys awaiting site verification).</summary>
    public IReadOnlyList<string>? Subjects { get; init; }

    /// <summary>An informational alert.</summary>
    public static Alert Info(string code, string message) => new(code, AlertSeverity.Info, message);

    /// <summary>A warning.</summary>
    public static Alert Warning(string code, string message) => new(code, AlertSeverity.Warning, message);

    /// <summary>A critical alert (withdrawal or overdose risk).</summary>
    public static Alert Critical(string code, string message) => new(code, AlertSeverity.Critical, message);
}
