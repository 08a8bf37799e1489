namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>The patient was declared not a candidate for an implant (event <c>candidacy-declined</c>).</summary>
/// <param name="Reason">Why the patient is not a candidate (e.g. inadequate screening response, patient's choice, comorbidity).</param>
public sealed record CandidacyDeclinedPayload(string Reason) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate() => LogGuards.Required(Reason, "reason");
}
