using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Review;

/// <summary>
/// A patient's log as streamed for review: how many events are shown, the events themselves read one at a time as they
/// are enumerated (enumerate once), and the marks read from the whole log.
/// </summary>
/// <param name="Patient">The patient.</param>
/// <param name="Count">How many events are shown.</param>
/// <param name="Shown">The events the filters keep, in sequence order, read as enumerated.</param>
/// <param name="Voided">The events voided by a later correction.</param>
/// <param name="Late">The late entries (recorded after an event that happened later).</param>
public sealed record PatientLogRows(PatientId Patient, long Count, IEnumerable<LogEvent> Shown, IReadOnlySet<long> Voided, IReadOnlySet<long> Late);
