namespace ItbPlanner.Domain.Log;

/// <summary>Ready-made guards.</summary>
public static class EventGuards
{
    /// <summary>Accepts every event: the log records plain data until the workflow's guards are wired in.</summary>
    public static IEventGuard None { get; } = new PassThrough();

    private sealed class PassThrough : IEventGuard
    {
        public void Check(NewEvent candidate, IReadOnlyList<LogEvent> history)
        {
        }
    }
}
