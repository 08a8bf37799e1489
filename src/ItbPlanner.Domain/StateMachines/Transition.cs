namespace ItbPlanner.Domain.StateMachines;

/// <summary>
/// One transition that a <see cref="StateMachine{TState, TTrigger}"/> performed or is performing, as handed to entry, exit
/// and <see cref="StateMachine{TState, TTrigger}.OnTransitioned"/> actions. Equality is by value.
/// </summary>
/// <typeparam name="TState">The machine's state enum.</typeparam>
/// <typeparam name="TTrigger">The machine's trigger enum.</typeparam>
/// <param name="Source">The state the machine was in.</param>
/// <param name="Destination">The state the machine is in afterwards (equal to <paramref name="Source"/> for a reentry).</param>
/// <param name="Trigger">The trigger that was fired.</param>
/// <param name="IsReentry">True when the state was left and entered again (configured with <c>PermitReentry</c>).</param>
/// <param name="Argument">The trigger's argument, or null for a trigger without parameters.</param>
public readonly record struct Transition<TState, TTrigger>(TState Source, TState Destination, TTrigger Trigger, bool IsReentry, object? Argument)
    where TState : struct, Enum
    where TTrigger : struct, Enum;
