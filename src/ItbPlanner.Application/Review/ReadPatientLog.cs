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

    /// <summary>
    /// The log of a patient of any length in bounded memory: the events that happened on or after <paramref name="since"/>
    /// and of <paramref name="kinds"/>, only the newest <paramref name="newest"/> of them when given (still oldest first),
    /// streamed; the marks come from two light passes over the whole log.
    /// </summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    public PatientLogRows Stream(PatientId id, DateOnly? since = null, IReadOnlyCollection<EventKind>? kinds = null, int? newest = null)
    {
        _ = log.Registration(id);
        var (voided, late) = log.Marks(id);
        var query = new EventQuery(since is { } date ? clock.StartOf(date) : null, kinds) { Newest = newest };
        return new PatientLogRows(id, log.Count(id, query), log.Stream(id, query), voided, late);
    }

    /// <summary>
    /// The patient's dates today, recomputed as the schedule does, replayed from the standing events the dates depend on
    /// (<see cref="TherapyRecord.KindsRead"/>) one at a time, holding none: for a log too long to read whole.
    /// </summary>
    /// <param name="id">The patient.</param>
    /// <param name="voided">The events voided by a later correction (<see cref="PatientLogRows.Voided"/>).</param>
    /// <exception cref="LogUnavailableException">The log cannot be read.</exception>
    public PatientOutlook OutlookToday(PatientId id, IReadOnlySet<long> voided)
    {
        ArgumentNullException.ThrowIfNull(voided);
        var standing = log.Stream(id, new EventQuery(Kinds: [.. TherapyRecord.KindsRead]) { InOccurrenceOrder = true })
            .Where(e => e.Kind != EventKind.Correction && !voided.Contains(e.Seq));
        return PatientOutlook.Read(TherapyRecord.Replay(protocol, standing), protocol, clock.Today(), clock.LocalTimeZone);
    }
}
