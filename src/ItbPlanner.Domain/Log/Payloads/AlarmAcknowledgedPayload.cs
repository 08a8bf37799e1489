using ItbPlanner.Domain.Errors;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>The clinic acted on an alarm (event <c>alarm-acknowledged</c>).</summary>
/// <param name="AlarmSeq">The sequence number of the <c>alarm-raised</c> event acknowledged.</param>
/// <param name="Action">What was done (refill booked, pump interrogated).</param>
public sealed record AlarmAcknowledgedPayload(long AlarmSeq, string? Action = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate()
    {
        if (AlarmSeq < 1)
        {
            throw new InvalidInputException("alarm", $"The acknowledged alarm's sequence number must be 1 or more; got {AlarmSeq}.");
        }

        LogGuards.Optional(Action, "action");
    }
}
