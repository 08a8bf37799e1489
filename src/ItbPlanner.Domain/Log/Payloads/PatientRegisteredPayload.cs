namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>The patient's details at registration (event <c>patient-registered</c>, always sequence 1).</summary>
/// <param name="Patient">The details; its id is the event's patient.</param>
public sealed record PatientRegisteredPayload(Patient Patient) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate() => Patient.Validate();
}
