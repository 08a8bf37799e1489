using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.Testing;

/// <summary>One logged event of a test history: when it happened, what, and why.</summary>
public sealed record HistoryEvent(DateTimeOffset At, EventPayload Payload, string? Reason = null);

/// <summary>
/// A patient's log for tests: the registration, then events in order. Sealed in memory for domain tests, or appended to a
/// real database through the storage API (no workflow guard) by the App tests.
/// </summary>
public sealed record PatientHistory(Patient Patient, DateTimeOffset RegisteredAt, IReadOnlyList<HistoryEvent> Events)
{
    /// <summary>The events as the store would seal them: registration as sequence 1, then each in turn.</summary>
    public IReadOnlyList<LogEvent> Seal(DateTimeOffset recordedAt)
    {
        var registration = new NewEvent(Patient.Id, RegisteredAt, "nurse", new PatientRegisteredPayload(Patient));
        var sealedEvents = new List<LogEvent> { registration.Seal(1, recordedAt, EventHash.Genesis) };
        foreach (var e in Events)
        {
            sealedEvents.Add(new NewEvent(Patient.Id, e.At, "nurse", e.Payload, e.Reason).Seal(sealedEvents.Count + 1, recordedAt, sealedEvents[^1].Hash));
        }

        return sealedEvents;
    }

    /// <summary>The history read as the patient's therapy record (the course following the given protocol, else the test protocol).</summary>
    public TherapyRecord Record(DateTimeOffset recordedAt, Protocol? protocol = null) => TherapyRecord.Read(protocol ?? TestProtocols.Default(), Seal(recordedAt));
}
