namespace ItbPlanner.Domain.Workflow;

/// <summary>
/// A course refused an action: the phase does not take it, or a guard is unmet. Carries the phase, the action and the
/// descriptions of the unmet guards; the course is unchanged.
/// </summary>
public sealed class InvalidTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception; the message names the phase, the action and the unmet guards.</summary>
    public InvalidTransitionException(TherapyPhase phase, TherapyAction action, IReadOnlyList<string> unmetGuards)
        : base(Describe(phase, action, unmetGuards))
    {
        Phase = phase;
        Action = action;
        UnmetGuards = unmetGuards;
    }

    /// <summary>The phase the course was in (unchanged).</summary>
    public TherapyPhase Phase { get; }

    /// <summary>The action that was refused.</summary>
    public TherapyAction Action { get; }

    /// <summary>The guards that were not met; empty when the phase does not take the action at all.</summary>
    public IReadOnlyList<string> UnmetGuards { get; }

    private static string Describe(TherapyPhase phase, TherapyAction action, IReadOnlyList<string> unmetGuards)
    {
        ArgumentNullException.ThrowIfNull(unmetGuards);
        return unmetGuards.Count == 0
            ? $"{action} is not possible in state {phase}: no transition is configured for it."
            : $"{action} is not possible in state {phase} because these conditions are not met: {string.Join("; ", unmetGuards)}.";
    }
}
