using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Scheduling;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.Application.Clinic;

/// <summary>One patient's line on the home screen's refill schedule.</summary>
/// <param name="Id">The patient.</param>
/// <param name="Label">What the clinic shows for them.</param>
/// <param name="Phase">Where their course stands, when the log could be read as one.</param>
/// <param name="Dose">The daily dose in force, when a pump runs.</param>
/// <param name="RefillBy">The refill-by date recomputed from the last fill and program.</param>
/// <param name="AlarmDate">The low-reservoir alarm date, likewise.</param>
/// <param name="DaysLeft">Days from today to the refill-by date (negative when overdue).</param>
/// <param name="Urgency">How urgent the refill is, for patients with a pump running; null otherwise.</param>
/// <param name="WithdrawalRisk">A withdrawal risk factor is recorded.</param>
/// <param name="Pending">A plan not yet transferred to the pump.</param>
/// <param name="OpenAlarms">Alarms nobody has acknowledged.</param>
/// <param name="Attention">Codes of the schedule's other warnings and critical findings for the patient.</param>
/// <param name="Strength">The concentration the pump is filled with, when a pump runs.</param>
public sealed record ScheduleRow(
    PatientId Id,
    string Label,
    TherapyPhase? Phase,
    MassFlow? Dose,
    DateOnly? RefillBy,
    DateOnly? AlarmDate,
    int? DaysLeft,
    ScheduleUrgency? Urgency,
    bool WithdrawalRisk,
    PendingTransfer? Pending,
    int OpenAlarms,
    IReadOnlyList<string> Attention,
    MassConcentration? Strength = null)
{
    /// <summary>Whether the refill is overdue, the alarm date has come or a withdrawal emergency is open: shown in bold red.</summary>
    public bool Overdue => Urgency is ScheduleUrgency.Overdue or ScheduleUrgency.PastAlarmDate or ScheduleUrgency.WithdrawalEmergency;
}
