namespace ItbPlanner.Domain.Protocols;

/// <summary>How refills are scheduled.</summary>
/// <param name="MarginDays">Days between the refill-by date and the alarm (or worst-case empty) date.</param>
/// <param name="ClinicDays">Weekdays on which the clinic refills pumps.</param>
/// <param name="StabilityLimitDays">Most days the drug may stay in the pump.</param>
public sealed record RefillRules(Setting<int> MarginDays, Setting<IReadOnlySet<DayOfWeek>> ClinicDays, Setting<int> StabilityLimitDays);
