namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>The patient's whole new record after a change (event <c>patient-updated</c>); the newest one is current.</summary>
/// <param name="Patient">The details; its id is the event's patient and never changes.</param>
public sealed record PatientUpdatedPayload(Patient Patient) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate() => Patient.Validate();
}
