using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.Application.Review;

/// <summary>A patient's log as read for review.</summary>
/// <param name="Patient">The patient.</param>
/// <param name="Shown">The events the filters keep, in sequence order.</param>
/// <param name="Record">The whole log read in one pass.</param>
/// <param name="Voided">The events voided by a later correction.</param>
/// <param name="Late">The late entries (recorded after an event that happened later).</param>
/// <param name="Outlook">The patient's dates today, recomputed as the schedule does.</param>
public sealed record PatientLogRead(PatientId Patient, IReadOnlyList<LogEvent> Shown, TherapyRecord Record, IReadOnlySet<long> Voided, IReadOnlySet<long> Late, PatientOutlook Outlook)
{
    /// <summary>Every stored event.</summary>
    public IReadOnlyList<LogEvent> All => Record.Events;
}
