using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>A pump alarm (or ItbPlanner safety alert) from the log, and whether the clinic has acknowledged it.</summary>
/// <param name="At">When it was raised.</param>
/// <param name="Alarm">Which alarm.</param>
/// <param name="Seq">The alarm-raised event.</param>
/// <param name="AcknowledgedBySeq">The alarm-acknowledged event, if any.</param>
/// <param name="AlertCode">For a <see cref="AlarmType.SafetyAlert"/>: the alert's code, e.g. <c>UNDER_DELIVERY</c>.</param>
/// <param name="Details">What was heard or read; for a safety alert, its message.</param>
public sealed record AlarmRecord(DateTimeOffset At, AlarmType Alarm, long Seq, long? AcknowledgedBySeq, string? AlertCode = null, string? Details = null)
{
    /// <summary>Whether the alarm has been acknowledged.</summary>
    public bool Acknowledged => AcknowledgedBySeq is not null;
}
