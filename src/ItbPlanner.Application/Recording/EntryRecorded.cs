using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording;

/// <summary>An entry recorded: the events as stored, which are late entries, and what the clinician should know.</summary>
/// <param name="Stored">The events as stored, in order.</param>
/// <param name="Late">The sequence numbers of late entries among the patient's events (recorded after an event that happened later).</param>
/// <param name="Notices">Alerts and notes for the clinician.</param>
public sealed record EntryRecorded(IReadOnlyList<LogEvent> Stored, IReadOnlySet<long> Late, IReadOnlyList<Notice> Notices);
