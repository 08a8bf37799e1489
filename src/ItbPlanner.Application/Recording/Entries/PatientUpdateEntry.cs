using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>Changed patient details; details not given are kept.</summary>
/// <param name="Details">The details that changed.</param>
/// <param name="Population">Whose dose limits apply, when it changed.</param>
/// <param name="Origin">Where the spasticity comes from, when it changed.</param>
public sealed record PatientUpdateEntry(PatientDetailsChange Details, Population? Population = null, SpasticityOrigin? Origin = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.PatientUpdated;
}
