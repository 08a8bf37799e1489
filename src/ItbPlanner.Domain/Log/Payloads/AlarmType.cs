namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>Which pump alarm sounded. Values are frozen; codes in <see cref="LogCodes"/>.</summary>
public enum AlarmType
{
    /// <summary>The reservoir reached the low-reservoir alarm volume. Code <c>low-reservoir</c>.</summary>
    LowReservoir = 1,

    /// <summary>The reservoir is empty: drug is no longer delivered. Code <c>empty-reservoir</c>.</summary>
    EmptyReservoir = 2,

    /// <summary>The battery reached its elective replacement indicator. Code <c>elective-replacement</c>.</summary>
    ElectiveReplacement = 3,

    /// <summary>The battery is exhausted: the pump has stopped. Code <c>end-of-service</c>.</summary>
    EndOfService = 4,

    /// <summary>The pump motor stalled: drug is not flowing. Code <c>motor-stall</c>.</summary>
    MotorStall = 5,

    /// <summary>Any other alarm; the details say which. Code <c>other</c>.</summary>
    Other = 6,

    /// <summary>
    /// Not a pump alarm: one of ItbPlanner's own critical safety alerts (withdrawal or overdose risk, e.g.
    /// <c>UNDER_DELIVERY</c>), raised so that its acknowledgement is on record; the payload's alert code says which.
    /// Code <c>safety-alert</c>.
    /// </summary>
    SafetyAlert = 7,
}
