namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>Signs of baclofen withdrawal recognised and acted on (event <c>withdrawal-emergency</c>).</summary>
/// <param name="Symptoms">What was seen (returning spasticity, itch, fever, altered mental state).</param>
/// <param name="Action">What was done (admitted, pump checked, oral baclofen started).</param>
public sealed record WithdrawalEmergencyPayload(string Symptoms, string? Action = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate()
    {
        LogGuards.Required(Symptoms, "symptoms");
        LogGuards.Optional(Action, "action");
    }
}
