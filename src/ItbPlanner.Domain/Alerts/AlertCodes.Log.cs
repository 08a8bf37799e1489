namespace ItbPlanner.Domain.Alerts;

// Codes raised when the log refuses an event the therapy workflow does not allow.
public static partial class AlertCodes
{
    /// <summary>The workflow does not allow this event now; the message names the unmet guards.</summary>
    public const string WorkflowGuardUnmet = "WORKFLOW_GUARD_UNMET";

    /// <summary>A dose increase within the minimum interval of the previous increase or of the start of infusion.</summary>
    public const string IncreaseTooSoon = "INCREASE_TOO_SOON";

    /// <summary>An event dated before the patient's registration: the course starts there (a hard stop).</summary>
    public const string EventBeforeRegistration = "EVENT_BEFORE_REGISTRATION";
}
