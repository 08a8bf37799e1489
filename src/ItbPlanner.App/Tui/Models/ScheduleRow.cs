using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.App.Tui.Models;

/// <summary>One patient's line on the clinic's refill schedule.</summary>
/// <param name="Id">The patient.</param>
/// <param name="Label">What the clinic shows for them.</param>
/// <param name="Phase">Where their course stands, when the log could be read as one.</param>
/// <param name="Dose">The daily dose in force, when a pump runs.</param>
/// <param name="RefillBy">The newest refill-by date recorded.</param>
/// <param name="AlarmDate">The newest low-reservoir alarm date recorded.</param>
/// <param name="DatesStale">The program changed after the dates were recorded.</param>
/// <param name="WithdrawalRisk">A withdrawal risk factor is recorded.</param>
/// <param name="Pending">A plan not yet transferred to the pump.</param>
/// <param name="OpenAlarms">Alarms nobody has acknowledged.</param>
/// <param name="DaysLeft">Days from today to the refill-by date (negative when overdue).</param>
internal sealed record ScheduleRow(
    PatientId Id,
    string Label,
    TherapyPhase? Phase,
    MassFlow? Dose,
    DateOnly? RefillBy,
    DateOnly? AlarmDate,
    bool DatesStale,
    bool WithdrawalRisk,
    PendingTransfer? Pending,
    int OpenAlarms,
    int? DaysLeft)
{
    /// <summary>Whether the refill-by date has passed.</summary>
    public bool Overdue => DaysLeft < 0;
}
