namespace ItbPlanner.Domain.Alerts;

// The course actions taken from the terminal UI's patient screen (suspension, withdrawal, explant).
public static partial class AlertCodes
{
    /// <summary>Signs of baclofen withdrawal were declared: a medical emergency, shown before it is logged.</summary>
    public const string WithdrawalEmergency = "WITHDRAWAL_EMERGENCY";
}
