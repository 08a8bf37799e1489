using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording;

/// <summary>What every entry in a patient's log carries: whose, when (the visit's moment, applied to every event it logs), who records it and why.</summary>
/// <param name="Patient">The patient.</param>
/// <param name="At">When it happened.</param>
/// <param name="Author">Who records it.</param>
/// <param name="Reason">Why (recorded and hashed with the event).</param>
/// <param name="Corrects">The earlier event this one corrects (replaces, or for a correction, retracts).</param>
public sealed record EntryHeader(PatientId Patient, DateTimeOffset At, string Author, string? Reason = null, long? Corrects = null);
