using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Ports;

/// <summary>A registered patient with their current details and the size of their log.</summary>
/// <param name="Patient">The current details: from the newest <c>patient-registered</c> or <c>patient-updated</c> event.</param>
/// <param name="RegisteredAt">When the registration was recorded.</param>
/// <param name="Events">How many events their log holds (the newest sequence number).</param>
public sealed record PatientRegistration(Patient Patient, DateTimeOffset RegisteredAt, long Events);
