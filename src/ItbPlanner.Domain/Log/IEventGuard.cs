namespace ItbPlanner.Domain.Log;

/// <summary>
/// Decides whether an event may be recorded now, given the patient's log so far: where the therapy workflow's guards
/// (a second screening bolus no sooner than 24 h after the first, no dose increase within 24 h, dose limits) plug into
/// the log. The event store calls it inside the append's write transaction, so the history it sees is exactly the one
/// the event will be chained onto, even with other processes appending. Implementations must not have side effects.
/// </summary>
public interface IEventGuard
{
    /// <summary>Checks a candidate event against the patient's history.</summary>
    /// <param name="candidate">The event about to be recorded.</param>
    /// <param name="history">The patient's events so far, in sequence order (the registration first).</param>
    /// <exception cref="Errors.ProtocolLimitException">A guard is unmet (exit 3); the alert names it.</exception>
    /// <exception cref="Errors.InvalidInputException">The event is impossible in this state (exit 2).</exception>
    void Check(NewEvent candidate, IReadOnlyList<LogEvent> history);
}
