namespace ItbPlanner.Domain.Log;

/// <summary>What verification found wrong with an event. Values are frozen.</summary>
public enum ChainProblem
{
    /// <summary>The stored hash does not match the event's content: the event or its hash was edited.</summary>
    HashMismatch = 1,

    /// <summary>The event's previous-hash is not the previous event's hash: the previous event was rewritten, or this one.</summary>
    PrevHashMismatch = 2,

    /// <summary>The sequence numbers skip or repeat: events are missing or were inserted.</summary>
    SequenceGap = 3,

    /// <summary>The patient's log does not start with their registration.</summary>
    MissingRegistration = 4,

    /// <summary>The stored row cannot be read as an event at all (an unknown kind, a damaged timestamp).</summary>
    Unreadable = 5,
}
