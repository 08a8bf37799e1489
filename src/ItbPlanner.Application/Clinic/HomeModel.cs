using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;

namespace ItbPlanner.Application.Clinic;

/// <summary>What the home screen shows: the refill schedule, plans not yet in a pump, open alarms and critical alerts.</summary>
/// <param name="Today">The clinic's date.</param>
/// <param name="Database">Where the log is.</param>
/// <param name="Schedule">Every patient, who runs out first at the top (patients without dates last).</param>
/// <param name="Pending">Plans not yet transferred to a pump.</param>
/// <param name="OpenAlarms">Alarms nobody has acknowledged.</param>
/// <param name="Critical">Critical alerts waiting for acknowledgement.</param>
public sealed record HomeModel(
    DateOnly Today,
    string Database,
    IReadOnlyList<ScheduleRow> Schedule,
    IReadOnlyList<(PatientId Patient, PendingTransfer Plan)> Pending,
    IReadOnlyList<(PatientId Patient, AlarmRecord Alarm)> OpenAlarms,
    IReadOnlyList<CriticalItem> Critical)
{
    /// <summary>The reminder that the newest signed checkpoint of the log is too old (<c>CHECKPOINT_STALE</c>), or null.</summary>
    public Alert? Checkpoint { get; init; }
}
