namespace ItbPlanner.Domain.Alerts;

// Refill checks of issue 9: the withdrawal-risk alarm volume and the strength put in a pump.
public static partial class AlertCodes
{
    /// <summary>
    /// A patient with withdrawal risk factors has a low-reservoir alarm below the protocol's withdrawal-risk volume (4 mL):
    /// the refill-by date counts from the higher volume.
    /// </summary>
    public const string AlarmVolumeBelowRiskSetting = "ALARM_VOLUME_BELOW_RISK_SETTING";

    /// <summary>The strength of a fill is the screening strength (a hard stop): it never fills a pump.</summary>
    public const string ConcentrationNotForRefill = "CONCENTRATION_NOT_FOR_REFILL";

    /// <summary>The strength of a fill is outside the pump's labelled range (a hard stop).</summary>
    public const string ConcentrationOutsidePumpRange = "CONCENTRATION_OUTSIDE_PUMP_RANGE";
}
