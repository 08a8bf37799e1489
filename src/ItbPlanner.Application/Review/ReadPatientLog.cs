using ItbPlanner.Application.Ports;
using ItbPlanner.Application.Time;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.Application.Review;

/// <summary>Reads a patient's log for review: the events (filtered by kind and a first local date), corrections and late entries marked, and the dates today.</summary>
/// <param name="log">The therapy log (read only).</param>
/// <param name="protocol">The protocol in force.</param>
/// <param name="clock">The clinic's clock: local dates and today.</param>
public sealed class ReadPatientLog(ITherapyLogReader log, Protocol protocol, TimeProvider clock)
{
    /// <summary>The log, with the events that happened on or after <paramref name="since"/> (a local date) and of <paramref name="kinds"/> shown.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    public PatientLogRead Read(PatientId id, DateOnly? since = null, IReadOnlyCollection<EventKind>? kinds = null)
    {
        _ = log.Registration(id);
        var all = log.Events(id);
        var record = TherapyRecord.Read(protocol, all);
        var start = since is { } date ? clock.StartOf(date) : (DateTimeOffset?)null;
        var shown = all.Where(e => (start is null || e.OccurredAt >= start) && (kinds is not { Count: > 0 } || kinds.Contains(e.Kind))).ToArray();
        return new PatientLogRead(id, shown, record, CorrectedLog.Voided(all), LateEntries.Of(all), PatientOutlook.Read(record, protocol, clock.Today(), clock.LocalTimeZone));
    }
}
