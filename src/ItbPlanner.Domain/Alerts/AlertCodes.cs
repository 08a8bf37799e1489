namespace ItbPlanner.Domain.Alerts;

/// <summary>
/// Alert codes are a public contract: clinics script against them. Add new ones freely; never rename or reuse one.
/// Each feature declares its codes in its own partial file (AlertCodes.Feature.cs).
/// </summary>
public static partial class AlertCodes
{
    /// <summary>
    /// The concentration is not one of the protocol's stocked strengths: a hard stop for a fill unless it is documented as
    /// compounded (then a warning).
    /// </summary>
    public const string ConcentrationNotStocked = "CONCENTRATION_NOT_STOCKED";

    /// <summary>The daily dose is above the population's usual range.</summary>
    public const string DoseAboveUsualRange = "DOSE_ABOVE_USUAL_RANGE";

    /// <summary>The daily dose is above the population's hard ceiling (a hard stop).</summary>
    public const string DoseAboveHardLimit = "DOSE_ABOVE_HARD_LIMIT";

    /// <summary>The drug-stability limit in the pump sets the refill-by date.</summary>
    public const string StabilityLimit = "STABILITY_LIMIT";

    /// <summary>The daily volume is below the pump's minimum programmable rate (a hard stop).</summary>
    public const string RateBelowPumpMinimum = "RATE_BELOW_PUMP_MINIMUM";

    /// <summary>At the pump's accuracy limit the reservoir can run dry before the low-reservoir alarm sounds.</summary>
    public const string WorstCaseEmptyBeforeAlarm = "WORST_CASE_EMPTY_BEFORE_ALARM";

    /// <summary>No clinic day is left between the refill date and the latest safe refill date.</summary>
    public const string RefillIntervalTooShort = "REFILL_INTERVAL_TOO_SHORT";

    /// <summary>A protocol value used by this result is marked <c>verify: true</c> and has not been verified on site.</summary>
    public const string SiteSettingUnverified = "SITE_SETTING_UNVERIFIED";

    /// <summary>A booked refill falls after the refill-by date.</summary>
    public const string BookingAfterRefillBy = "BOOKING_AFTER_REFILL_BY";

    /// <summary>A booked refill falls on or after the low-reservoir alarm date or the worst-case empty date (a hard stop).</summary>
    public const string BookingAfterAlarm = "BOOKING_AFTER_ALARM";
}
