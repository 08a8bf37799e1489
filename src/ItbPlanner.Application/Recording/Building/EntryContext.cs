using ItbPlanner.Application.Refills;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.ConcentrationChanges;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>What building an entry's events may use: the header, the protocol, the clinic's zone, and the patient's log so far; and what it found on the way.</summary>
/// <remarks>
/// With <paramref name="current"/> (the patient's record read through their course snapshot, for an entry dated at or
/// after everything logged), the record is that one and the history is read only if a builder asks for it.
/// </remarks>
internal sealed class EntryContext(Protocol protocol, TimeZoneInfo zone, EntryHeader header, IReadOnlyList<LogEvent> history, TherapyRecord? current = null)
{
    private readonly List<Notice> notices = [];
    private TherapyRecord? record;

    /// <summary>The protocol in force.</summary>
    public Protocol Protocol => protocol;

    /// <summary>The clinic's time zone.</summary>
    public TimeZoneInfo Zone => zone;

    /// <summary>The entry's header.</summary>
    public EntryHeader Header => header;

    /// <summary>The patient.</summary>
    public PatientId PatientId => header.Patient;

    /// <summary>When the entry happened (every event it logs happened then).</summary>
    public DateTimeOffset At => header.At;

    /// <summary>Who records it.</summary>
    public string Author => header.Author;

    /// <summary>The local date the entry happened on.</summary>
    public DateOnly LocalDate => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(header.At, zone).DateTime);

    /// <summary>The patient's events so far.</summary>
    public IReadOnlyList<LogEvent> History => history;

    /// <summary>The patient's log so far, read once.</summary>
    public TherapyRecord Record => record ??= current ?? TherapyRecord.Read(protocol, history);

    /// <summary>What the clinician should know, in the order found.</summary>
    public IReadOnlyList<Notice> Notices => notices;

    /// <summary>The fill's dates, when computed.</summary>
    public RefillPlan? FillPlan { get; set; }

    /// <summary>A refill's reconciliation, when there was something to compare with.</summary>
    public Reconciled? Reconciliation { get; set; }

    /// <summary>A refill's bridge for a new strength.</summary>
    public ConcentrationChangePlan? Bridge { get; set; }

    /// <summary>Adds a note, naming the fields that would settle it.</summary>
    public void Note(string text, params string[] fields) => notices.Add(new Notice(text, null, fields));

    /// <summary>Adds an alert to show.</summary>
    public void Warn(Alert alert) => notices.Add(Notice.Of(alert));

    /// <summary>An event of this entry (same patient, moment and author).</summary>
    public NewEvent Event(Domain.Log.Payloads.EventPayload payload, string? reason = null) => new(PatientId, At, Author, payload, reason);
}
