namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>The pump was removed (event <c>explant</c>).</summary>
/// <param name="Notes">Why, and how withdrawal is prevented afterwards.</param>
public sealed record ExplantPayload(string? Notes = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate() => LogGuards.Optional(Notes, "notes");
}
