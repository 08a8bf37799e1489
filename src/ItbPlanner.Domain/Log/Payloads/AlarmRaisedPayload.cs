namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>A pump alarm sounded or was reported (event <c>alarm-raised</c>).</summary>
/// <param name="Alarm">Which alarm.</param>
/// <param name="Details">What was heard or read, by whom.</param>
public sealed record AlarmRaisedPayload(AlarmType Alarm, string? Details = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate()
    {
        LogCodes.Check(Alarm, "alarm");
        LogGuards.Optional(Details, "details");
    }
}
