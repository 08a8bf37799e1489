using ItbPlanner.Domain.Errors;

namespace ItbPlanner.Domain.Log.Payloads;

/// <summary>A pump alarm sounded or was reported, or ItbPlanner raised a critical safety alert (event <c>alarm-raised</c>).</summary>
/// <param name="Alarm">Which alarm.</param>
/// <param name="Details">What was heard or read, by whom; for a safety alert, its message.</param>
/// <param name="AlertCode">For <see cref="AlarmType.SafetyAlert"/> (and only then): the alert's code, e.g. <c>UNDER_DELIVERY</c>.</param>
public sealed record AlarmRaisedPayload(AlarmType Alarm, string? Details = null, string? AlertCode = null) : EventPayload
{
    /// <inheritdoc/>
    public override void Validate()
    {
        LogCodes.Check(Alarm, "alarm");
        LogGuards.Optional(Details, "details");
        if ((Alarm == AlarmType.SafetyAlert) != (AlertCode is not null))
        {
            throw new InvalidInputException(
                "alert code",
                Alarm == AlarmType.SafetyAlert ? "A safety alert must name its alert code, e.g. UNDER_DELIVERY." : "Only a safety-alert alarm carries an alert code.");
        }

        if (AlertCode is not null && (AlertCode.Length is 0 or > 64 || !AlertCode.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_')))
        {
            throw new InvalidInputException("alert code", $"'{AlertCode}' is not an alert code: upper-case letters, digits and '_', e.g. UNDER_DELIVERY.");
        }
    }
}
