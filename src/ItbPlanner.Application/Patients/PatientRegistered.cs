using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Patients;

/// <summary>A registered patient.</summary>
/// <param name="Patient">Their details as registered.</param>
/// <param name="Registration">Their log's first event.</param>
/// <param name="Location">The log they were registered in.</param>
public sealed record PatientRegistered(Patient Patient, LogEvent Registration, string Location);
