namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>
/// How a screening trial ended, as the log records it (a whole-trial conclusion; the workflow's per-bolus verdict is
/// <see cref="Workflow.ScreeningResponse"/>). Values are frozen; codes in <see cref="LogCodes"/>.
/// </summary>
public enum TrialOutcome
{
    /// <summary>A clinically significant fall in tone or spasms: a candidate for implant. Code <c>positive</c>.</summary>
    Positive = 1,

    /// <summary>No useful response at the highest screening dose: not a candidate. Code <c>negative</c>.</summary>
    Negative = 2,
}
