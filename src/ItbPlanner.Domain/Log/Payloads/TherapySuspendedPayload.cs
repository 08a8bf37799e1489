namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>Infusion suspended, e.g. the pump stopped for surgery or MRI (event <c>therapy-suspended</c>).</summary>
/// <param name="Notes">How the gap is covered (oral baclofen, monitoring) and when infusion should resume.</param>
public sealed record TherapySuspendedPayload(string? Notes = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate() => LogGuards.Optional(Notes, "notes");
}
