namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>
/// A withdrawal emergency declared in the log and not yet resolved (by <c>therapy-resumed</c>) or ended by an explant:
/// a medical emergency that stays in front of the clinic until then.
/// </summary>
/// <param name="At">When it was declared.</param>
/// <param name="Seq">The <c>withdrawal-emergency</c> event.</param>
/// <param name="Symptoms">What was seen.</param>
/// <param name="Action">What was done, if recorded.</param>
public sealed record OpenWithdrawalEmergency(DateTimeOffset At, long Seq, string Symptoms, string? Action);
