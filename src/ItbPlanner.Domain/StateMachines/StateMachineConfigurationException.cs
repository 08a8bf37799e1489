namespace ItbPlanner.Domain.StateMachines;

/// <summary>
/// A mistake in how a <see cref="StateMachine{TState, TTrigger}"/> was configured (a duplicate unguarded transition, a
/// transition to the same state without <c>PermitReentry</c>, a substate cycle). Thrown while the
/// machine is being configured, so a bad workflow fails at start-up, never halfway through a patient's course; the one
/// mistake that can only be seen at run time, two guarded transitions whose guards both pass, is thrown by <c>Fire</c>.
/// </summary>
public sealed class StateMachineConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception with a message saying what is wrong and how to fix it.</summary>
    public StateMachineConfigurationException(string message)
        : base(message)
    {
    }
}
