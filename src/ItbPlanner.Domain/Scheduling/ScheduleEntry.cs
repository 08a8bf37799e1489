using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Domain.Scheduling;

/// <summary>
/// One patient's row in the clinic's refill schedule: the program in force, the last fill, the dates recomputed from them
/// with the refill calculator, how urgent the refill is, and what needs attention. The dates are null only when
/// <see cref="Urgency"/> is <see cref="ScheduleUrgency.DatesUnknown"/>.
/// </summary>
/// <param name="PatientId">The clinic's id.</param>
/// <param name="Label">What the clinic shows for the patient.</param>
/// <param name="PumpModelId">The implanted pump model (a protocol pump id), when recorded.</param>
/// <param name="Program">The program in force.</param>
/// <param name="LastFill">The last fill (implant or refill), when one is recorded.</param>
/// <param name="LastFillDate">Its local date.</param>
/// <param name="AlarmDate">The low-reservoir alarm date, recomputed.</param>
/// <param name="EmptyDate">The date the reservoir empties at the programmed rate, recomputed.</param>
/// <param name="WorstCaseEmptyDate">The date it empties if the pump over-infuses at its accuracy limit, recomputed.</param>
/// <param name="RefillByDate">The latest clinic day to refill on, recomputed.</param>
/// <param name="BindingLimit">What set the refill-by date.</param>
/// <param name="DaysUntilRefillBy">Refill-by date − today, in days; negative when overdue.</param>
/// <param name="Urgency">How urgent the refill is today.</param>
/// <param name="RecordedDates">The alarm and refill-by dates recorded in the log (from the programmer or at recording), if any.</param>
/// <param name="ElectiveReplacementDate">The local date the pump first reported its elective replacement indicator (ERI) since the implant, if it has.</param>
/// <param name="RiskFactors">The patient's withdrawal risk factors; empty when none are recorded.</param>
/// <param name="RiskNotes">Free text about withdrawal risk.</param>
/// <param name="OpenAlarms">Pump alarms since the implant not yet acknowledged in the log.</param>
/// <param name="Alerts">What needs attention, most severe first.</param>
/// <param name="Working">How the dates were found: the fill, the rates since, and the refill calculator's formulas.</param>
public sealed record ScheduleEntry(
    PatientId PatientId,
    string Label,
    string? PumpModelId,
    ProgramInForce Program,
    FillRecord? LastFill,
    DateOnly? LastFillDate,
    DateOnly? AlarmDate,
    DateOnly? EmptyDate,
    DateOnly? WorstCaseEmptyDate,
    DateOnly? RefillByDate,
    RefillLimit? BindingLimit,
    int? DaysUntilRefillBy,
    ScheduleUrgency Urgency,
    PlannedDates? RecordedDates,
    DateOnly? ElectiveReplacementDate,
    IReadOnlyList<WithdrawalRiskFactor> RiskFactors,
    string? RiskNotes,
    IReadOnlyList<AlarmRecord> OpenAlarms,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<string> Working)
{
    /// <summary>The daily volume the dates use: the program's volume rate.</summary>
    public VolumeFlow DailyVolume => Program.Rate;

    /// <summary>True when the refill is overdue or the alarm date has come (also for a patient listed first for an open withdrawal emergency).</summary>
    public bool IsOverdue => Urgency is ScheduleUrgency.PastAlarmDate or ScheduleUrgency.Overdue
        || Alerts.Any(a => a.Code is AlertCodes.PastAlarmDate or AlertCodes.RefillOverdue);

    /// <summary>True when any withdrawal risk factor is recorded.</summary>
    public bool HasWithdrawalRisk => RiskFactors.Count > 0;

    /// <summary>The most severe alert's severity, or null without alerts.</summary>
    public AlertSeverity? HighestSeverity => Alerts.Count == 0 ? null : Alerts.Max(a => a.Severity);
}
