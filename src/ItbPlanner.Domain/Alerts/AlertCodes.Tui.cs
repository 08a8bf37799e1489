namespace ItbPlanner.Domain.Alerts;

// Codes the terminal UI raises on the clinic's home screen.
public static partial class AlertCodes
{
    /// <summary>A patient's refill-by date has passed without a refill: withdrawal risk (critical until acknowledged).</summary>
    public const string RefillOverdue = "REFILL_OVERDUE";

    /// <summary>A pump alarm recorded in the log has not been acknowledged (critical until acknowledged).</summary>
    public const string PumpAlarm = "PUMP_ALARM";
}
