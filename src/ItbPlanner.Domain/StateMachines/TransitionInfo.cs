namespace ItbPlanner.Domain.StateMachines;

/// <summary>One configured transition. Immutable.</summary>
/// <typeparam name="TState">The machine's state enum.</typeparam>
/// <typeparam name="TTrigger">The machine's trigger enum.</typeparam>
/// <param name="Source">The state it leaves (for a superstate's transition, the superstate).</param>
/// <param name="Trigger">The trigger that selects it.</param>
/// <param name="Destination">The state it enters.</param>
/// <param name="IsReentry">True for a reentry (source and destination are the same state).</param>
/// <param name="GuardDescriptions">Its guards' descriptions, in configuration order; empty when unguarded.</param>
public sealed record TransitionInfo<TState, TTrigger>(TState Source, TTrigger Trigger, TState Destination, bool IsReentry, IReadOnlyList<string> GuardDescriptions)
    where TState : struct, Enum
    where TTrigger : struct, Enum;
