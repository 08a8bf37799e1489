namespace ItbPlanner.Domain.Scheduling;

/// <summary>How urgent a patient's refill is today; the values sort most urgent first and are frozen.</summary>
public enum ScheduleUrgency
{
    /// <summary>A withdrawal emergency is open (declared, not yet resolved): before every refill date, whatever the dates say.</summary>
    WithdrawalEmergency = 0,

    /// <summary>Today is on or after the alarm date or the worst-case empty date: withdrawal risk now.</summary>
    PastAlarmDate = 1,

    /// <summary>Today is after the refill-by date.</summary>
    Overdue = 2,

    /// <summary>The refill dates cannot be computed (no fill recorded, unknown pump, a protocol limit hit): check now.</summary>
    DatesUnknown = 3,

    /// <summary>The refill-by date is today or later.</summary>
    Scheduled = 4,
}
