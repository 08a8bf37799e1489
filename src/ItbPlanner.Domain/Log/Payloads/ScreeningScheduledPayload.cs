namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>A screening booked (event <c>screening-scheduled</c>); recording the booking is optional.</summary>
/// <param name="Date">The date booked.</param>
/// <param name="Notes">Where, with whom, what to prepare.</param>
public sealed record ScreeningScheduledPayload(DateOnly Date, string? Notes = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate() => LogGuards.Optional(Notes, "notes");
}
