using ItbPlanner.Domain.Errors;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>
/// The plan recorded by an earlier event was entered into the pump, and the pump runs it in the intended mode (event
/// <c>program-transferred</c>). ItbPlanner never programs a pump: this is the clinician's word that they did.
/// </summary>
/// <param name="PlanSeq">The implant, dose-program or refill event whose plan was transferred; it and every plan before it are then done.</param>
/// <param name="Notes">How it was checked (e.g. programmer printout compared, pump interrogated).</param>
public sealed record ProgramTransferredPayload(long PlanSeq, string? Notes = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate()
    {
        if (PlanSeq < 1)
        {
            throw new InvalidInputException("plan", $"The transferred plan's sequence number must be 1 or more; got {PlanSeq}.");
        }

        LogGuards.Optional(Notes, "notes");
    }
}
