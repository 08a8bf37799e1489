namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>Infusion resumed after a suspension (event <c>therapy-resumed</c>); the program is a separate <c>dose-program</c> event.</summary>
/// <param name="Notes">How it was restarted.</param>
public sealed record TherapyResumedPayload(string? Notes = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate() => LogGuards.Optional(Notes, "notes");
}
