using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Clinic;

/// <summary>A critical alert about one patient waiting for acknowledgement.</summary>
/// <param name="Patient">Whose.</param>
/// <param name="Alert">What (always critical).</param>
/// <param name="AlarmSeq">The alarm-raised event already in the log, or null when acknowledging must raise it first.</param>
public sealed record CriticalItem(PatientId Patient, Alert Alert, long? AlarmSeq = null);
