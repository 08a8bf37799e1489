namespace ItbPlanner.Domain.Alerts;

// Refill checks of issue 9: the withdrawal-risk alarm volume and the strength put in a pump.
public static partial class AlertCodes
{
    /// <summary>
    /// A patient with withdrawal risk factors has a low-reservoir alarm below the protocol's withdrawal-risk volume (4 mL):
    /// the refill-by date counts from the higher volume.
    /// </summary>
    public const string AlarmVolumeBelowRiskSetting = "ALARM_VOLUME_BELOW_RISK_SETTING";
}
