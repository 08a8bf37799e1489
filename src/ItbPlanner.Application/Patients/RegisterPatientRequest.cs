using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Patients;

/// <summary>A patient to register: the first event of their log.</summary>
/// <param name="Id">The clinic's identifier; it never changes.</param>
/// <param name="Population">Whose dose limits apply.</param>
/// <param name="Origin">Where the spasticity comes from.</param>
/// <param name="Author">Who registers them.</param>
/// <param name="At">When the patient is registered from (the referral); now when null. Later events cannot be earlier.</param>
/// <param name="Details">Label, pump, catheter, withdrawal risk factors.</param>
/// <param name="Reason">Why (the referral), recorded with the event.</param>
public sealed record RegisterPatientRequest(PatientId Id, Population Population, SpasticityOrigin Origin, string Author, DateTimeOffset? At = null, PatientDetailsChange? Details = null, string? Reason = null);
