using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Domain.Log.Timeline;

/// <summary>A pump alarm from the log, and whether the clinic has acknowledged it.</summary>
/// <param name="At">When it was raised.</param>
/// <param name="Alarm">Which alarm.</param>
/// <param name="Seq">The alarm-raised event.</param>
/// <param name="AcknowledgedBySeq">The alarm-acknowledged event, if any.</param>
public sealed record AlarmRecord(DateTimeOffset At, AlarmType Alarm, long Seq, long? AcknowledgedBySeq)
{
    /// <summary>Whether the alarm has been acknowledged.</summary>
    public bool Acknowledged => AcknowledgedBySeq is not null;
}
