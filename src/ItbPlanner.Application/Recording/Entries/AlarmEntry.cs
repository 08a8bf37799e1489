using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>A pump alarm that sounded or was reported, or a safety alert.</summary>
/// <param name="Alarm">Which alarm.</param>
/// <param name="Details">What was heard or read, and by whom; for a safety alert, its message.</param>
/// <param name="AlertCode">For a safety alert: the alert's code.</param>
public sealed record AlarmEntry(AlarmType Alarm, string? Details = null, string? AlertCode = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.AlarmRaised;
}
