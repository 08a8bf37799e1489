using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Application.Tests;

/// <summary>
/// The application's ports in memory: a log that seals events onto each patient's hash chain through the workflow's guard,
/// all or none, as the SQLite store does; and its verifier. For use cases tested without a database.
/// </summary>
internal sealed class InMemoryTherapyLog(IEventGuard guard, TimeProvider clock) : ITherapyLog, ILogVerifier
{
    private readonly List<LogEvent> events = [];

    public string Location => "memory";

    public int Appends { get; private set; }

    public bool IsRegistered(PatientId patient) => events.Any(e => e.PatientId == patient);

    public PatientRegistration Registration(PatientId patient)
    {
        var mine = events.Where(e => e.PatientId == patient).ToList();
        if (mine.Count == 0)
        {
            throw new InvalidInputException("patient", $"No patient '{patient}' in memory.");
        }

        var details = mine.Select(e => e.ReadPayload()).Select(p => p switch
        {
            PatientRegisteredPayload r => r.Patient,
            PatientUpdatedPayload u => u.Patient,
            _ => null,
        }).Last(p => p is not null)!;
        return new PatientRegistration(details, mine[0].RecordedAt, mine[^1].Seq);
    }

    public IReadOnlyList<PatientRegistration> Patients() => [.. events.Select(e => e.PatientId).Distinct().Order().Select(Registration)];

    public IReadOnlyList<LogEvent> Events(PatientId patient, EventQuery? query = null) =>
        [.. events.Where(e => e.PatientId == patient && (query?.Since is not { } since || e.OccurredAt >= since) && (query?.Kinds is not { Count: > 0 } kinds || kinds.Contains(e.Kind)))];

    public IEnumerable<LogEvent> Stream(PatientId patient, EventQuery? query = null)
    {
        var matching = Events(patient, query);
        var ordered = query?.InOccurrenceOrder == true ? matching.OrderBy(e => e.OccurredAt).ThenBy(e => e.Seq).ToArray() : matching;
        return query?.Newest is { } newest ? ordered.TakeLast(newest) : ordered;
    }

    public long Count(PatientId patient, EventQuery? query = null) => Stream(patient, query).LongCount();

    public (IReadOnlySet<long> Voided, IReadOnlySet<long> Late) Marks(PatientId patient)
    {
        var all = Events(patient);
        return (CorrectedLog.Voided(all), LateEntries.Of(all));
    }

    public LogEvent? Head(PatientId patient) => events.LastOrDefault(e => e.PatientId == patient);

    public LogEvent Register(Patient patient, DateTimeOffset at, string author, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (IsRegistered(patient.Id))
        {
            throw new InvalidInputException("id", $"Patient '{patient.Id}' is already registered.");
        }

        var registration = new NewEvent(patient.Id, at, author, new PatientRegisteredPayload(patient), reason).Seal(1, clock.GetUtcNow(), EventHash.Genesis);
        events.Add(registration);
        return registration;
    }

    public IReadOnlyList<LogEvent> Append(IReadOnlyList<NewEvent> newEvents)
    {
        ArgumentNullException.ThrowIfNull(newEvents);
        var pending = new List<LogEvent>(events);
        var stored = new List<LogEvent>();
        foreach (var e in newEvents)
        {
            var history = pending.Where(x => x.PatientId == e.PatientId).ToList();
            if (history.Count == 0)
            {
                throw new InvalidInputException("patient", $"No patient '{e.PatientId}' in memory.");
            }

            guard.Check(e, history);
            var sealedEvent = e.Seal(history[^1].Seq + 1, clock.GetUtcNow(), history[^1].Hash);
            pending.Add(sealedEvent);
            stored.Add(sealedEvent);
        }

        events.AddRange(stored);
        Appends++;
        return stored;
    }

    public ChainVerification Verify(PatientId? patient = null) => HashChain.Verify(events.Where(e => patient is null || e.PatientId == patient).OrderBy(e => e.PatientId.Value, StringComparer.Ordinal).ThenBy(e => e.Seq));
}
