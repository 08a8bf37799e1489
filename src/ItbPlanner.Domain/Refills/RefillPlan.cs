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
/// <param name="DaysToEmpty">fill ÷ daily volume.</param>
/// <param name="EmptyDate">Refill date + whole days to empty.</param>
/// <param name="WorstCaseDaysToEmpty">fill ÷ (daily volume × (1 + accuracy)).</param>
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
    IReadOnlyList<string> Working);
