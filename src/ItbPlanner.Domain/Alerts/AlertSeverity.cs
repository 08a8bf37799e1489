namespace ItbPlanner.Domain.Alerts;

/// <summary>How loudly an alert must be shown. Values are frozen: they may be persisted.</summary>
public enum AlertSeverity
{
    /// <summary>Worth knowing; no action needed.</summary>
    Info = 1,

    /// <summary>Check before going on.</summary>
    Warning = 2,

    /// <summary>Withdrawal or overdose risk: must be acknowledged.</summary>
    Critical = 3,
}
