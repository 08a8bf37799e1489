using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>How refills are scheduled.</summary>
/// <param name="MarginDays">Days between the refill-by date and the alarm (or worst-case empty) date.</param>
/// <param name="ClinicDays">Weekdays on which the clinic refills pumps.</param>
/// <param name="StabilityLimitDays">Most days the drug may stay in the pump.</param>
public sealed record RefillRules(Setting<int> MarginDays, Setting<IReadOnlySet<DayOfWeek>> ClinicDays, Setting<int> StabilityLimitDays)
{
    /// <summary>
    /// The low-reservoir volume the refill-by date counts from for a patient with withdrawal risk factors, when the pump's
    /// alarm is set lower (NSURG-2004: withdrawal seen at 2.1–3.8 mL left before a 2 mL alarm, none after raising it to
    /// 4 mL). Null when the protocol sets none.
    /// </summary>
    public Setting<Volume>? WithdrawalRiskAlarmVolume { get; init; }
}
