namespace ItbPlanner.Domain.Alerts;

// The clinic's refill schedule, read from the log.
public static partial class AlertCodes
{
    /// <summary>Today is after the refill-by date: the refill is overdue.</summary>
    public const string RefillOverdue = "REFILL_OVERDUE";

    /// <summary>Today is on or after the low-reservoir alarm date or the worst-case empty date: withdrawal risk now.</summary>
    public const string PastAlarmDate = "PAST_ALARM_DATE";

    /// <summary>The alarm or refill-by date recorded in the log (from the programmer) differs from the one recomputed from the last fill.</summary>
    public const string DatesDifferFromProgrammer = "DATES_DIFFER_FROM_PROGRAMMER";

    /// <summary>A patient with a program in force has no computable refill dates (no fill recorded, unknown pump, a limit hit).</summary>
    public const string ScheduleDatesUnknown = "SCHEDULE_DATES_UNKNOWN";

    /// <summary>Infusion is suspended: the pump delivers no baclofen (withdrawal risk unless bridged).</summary>
    public const string TherapySuspended = "THERAPY_SUSPENDED";

    /// <summary>A pump alarm raised since the implant has not been acknowledged in the log.</summary>
    public const string AlarmUnacknowledged = "ALARM_UNACKNOWLEDGED";

    /// <summary>The pump reported its elective replacement indicator (or end of service): book a replacement.</summary>
    public const string BatteryReplacementDue = "BATTERY_REPLACEMENT_DUE";

    /// <summary>The program in force is for a different concentration than the drug last put in the reservoir.</summary>
    public const string ProgramConcentrationMismatch = "PROGRAM_CONCENTRATION_MISMATCH";

    /// <summary>The patient has recorded withdrawal risk factors (the label's boxed warning).</summary>
    public const string WithdrawalRisk = "WITHDRAWAL_RISK";

    /// <summary>A program, implant or refill is logged but not yet marked as transferred to the pump (failure mode: pump left stopped).</summary>
    public const string ProgramNotTransferred = "PROGRAM_NOT_TRANSFERRED";

    /// <summary>A withdrawal emergency is declared and not yet resolved: a medical emergency, listed first until therapy resumes.</summary>
    public const string WithdrawalEmergencyOpen = "WITHDRAWAL_EMERGENCY_OPEN";
}
