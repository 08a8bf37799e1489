using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording.Entries;

/// <summary>What the clinic did about an alarm.</summary>
/// <param name="AlarmSeq">The alarm-raised event acknowledged (default: the newest unacknowledged alarm).</param>
/// <param name="Action">What was done.</param>
public sealed record AlarmAcknowledgementEntry(long? AlarmSeq = null, string? Action = null) : EntryDetails
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.AlarmAcknowledged;
}
