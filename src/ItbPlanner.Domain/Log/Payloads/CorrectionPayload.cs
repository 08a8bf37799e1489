namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>
/// Marks the event at the correction's corrects-seq as entered in error (event <c>correction</c>); the event's reason says
/// why. To replace a value instead, record an event of the original kind whose corrects-seq points at the wrong one.
/// </summary>
/// <param name="Note">What was wrong, when the reason alone does not say.</param>
public sealed record CorrectionPayload(string? Note = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate() => LogGuards.Optional(Note, "note");
}
