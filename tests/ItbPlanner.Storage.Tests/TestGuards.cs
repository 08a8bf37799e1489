using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Storage.Tests;

/// <summary>Records the history each checked event was shown (sequence numbers), and accepts every event.</summary>
internal sealed class RecordingGuard : IEventGuard
{
    public List<long[]> Seen { get; } = [];

    public void Check(NewEvent candidate, IReadOnlyList<LogEvent> history) => Seen.Add(history.Select(e => e.Seq).ToArray());
}

/// <summary>Refuses every event with the protocol limit NO_NOTES.</summary>
internal sealed class RefuseNotes : IEventGuard
{
    public void Check(NewEvent candidate, IReadOnlyList<LogEvent> history)
    {
        var alert = new Alert("NO_NOTES", AlertSeverity.Critical, "notes are refused in this test");
        throw new ProtocolLimitException(alert, [alert]);
    }
}
