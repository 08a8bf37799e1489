namespace ItbPlanner.Domain.StateMachines;

/// <summary>
/// A trigger was fired that the current state does not accept: no transition is configured for it, or every configured
/// transition has an unmet guard. Carries the state, the trigger and the descriptions of the unmet guards.
/// </summary>
public sealed class InvalidTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception; the message names the state, the trigger and the unmet guards.</summary>
    public InvalidTransitionException(Enum state, Enum trigger, IReadOnlyList<string> unmetGuards)
        : base(Describe(state, trigger, unmetGuards))
    {
        State = state;
        Trigger = trigger;
        UnmetGuards = unmetGuards;
    }

    /// <summary>The state the machine was in (unchanged).</summary>
    public Enum State { get; }

    /// <summary>The trigger that was refused.</summary>
    public Enum Trigger { get; }

    /// <summary>The guards that were not met; empty when no transition is configured for the trigger.</summary>
    public IReadOnlyList<string> UnmetGuards { get; }

    private static string Describe(Enum state, Enum trigger, IReadOnlyList<string> unmetGuards)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(unmetGuards);
        return unmetGuards.Count == 0
            ? $"{trigger} is not possible in state {state}: no transition is configured for it."
            : $"{trigger} is not possible in state {state} because these conditions are not met: {string.Join("; ", unmetGuards)}.";
    }
}
