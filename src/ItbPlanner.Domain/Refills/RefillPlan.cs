using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Refills;

/// <summary>The dates a refill leads to, with exact values, the alerts found and the working behind every number.</summary>
/// <param name="PumpId">The pump model id.</param>
/// <param name="Concentration">Concentration in the reservoir.</param>
/// <param name="DailyDose">The programmed daily dose.</param>
/// <param name="DailyVolume">The daily volume the dates are computed from.</param>
/// <param name="FillVolume">Volume in the reservoir after the refill.</param>
/// <param name="AlarmVolume">Low-reservoir alarm volume.</param>
/// <param name="RefillDate">Date of the refill.</param>
/// <param name="DaysToAlarm">(fill − alarm) ÷ daily volume.</param>
/// <param name="AlarmDate">Refill date + whole days to alarm.</param>
/// <param name="DaysToEmpty">(fill − the volume the pump cannot deliver) ÷ daily volume.</param>
/// <param name="EmptyDate">Refill date + whole days to empty.</param>
/// <param name="WorstCaseDaysToEmpty">(fill − the volume the pump cannot deliver) ÷ (daily volume × (1 + accuracy)).</param>
/// <param name="WorstCaseEmptyDate">Refill date + whole worst-case days to empty.</param>
/// <param name="RefillByDate">Latest clinic day on or before the earliest limit.</param>
/// <param name="BindingLimit">The limit that set the refill-by date.</param>
/// <param name="Alerts">What was found, most severe first.</param>
/// <param name="Working">Each formula with its numbers and the protocol rule it used.</param>
public sealed record RefillPlan(
    string PumpId,
    MassConcentration Concentration,
    MassFlow DailyDose,
    VolumeFlow DailyVolume,
    Volume FillVolume,
    Volume AlarmVolume,
    DateOnly RefillDate,
    Duration DaysToAlarm,
    DateOnly AlarmDate,
    Duration DaysToEmpty,
    DateOnly EmptyDate,
    Duration WorstCaseDaysToEmpty,
    DateOnly WorstCaseEmptyDate,
    DateOnly RefillByDate,
    RefillLimit BindingLimit,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<string> Working)
{
    /// <summary>The programmed daily dose plus every allowed patient bolus (daily volume × concentration); the dose limits hold it.</summary>
    public MassFlow DailyDoseWithBoluses { get; init; }

    /// <summary>The volume the pump cannot deliver, which the empty dates count to (0 mL when the protocol gives none).</summary>
    public Volume NonDeliverableVolume { get; init; }

    /// <summary>
    /// For a patient with withdrawal risk factors whose alarm volume is below the protocol's withdrawal-risk volume: that
    /// volume, from which the refill-by date counts. Null otherwise.
    /// </summary>
    public Volume? WithdrawalRiskAlarmVolume { get; init; }

    /// <summary>The date the reservoir reaches <see cref="WithdrawalRiskAlarmVolume"/>; null when it does not apply.</summary>
    public DateOnly? WithdrawalRiskAlarmDate { get; init; }
}
