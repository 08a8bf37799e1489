namespace ItbPlanner.Domain.StateMachines;

/// <summary>The configuration of one state. Immutable.</summary>
/// <typeparam name="TState">The machine's state enum.</typeparam>
/// <typeparam name="TTrigger">The machine's trigger enum.</typeparam>
/// <param name="State">The state.</param>
/// <param name="Superstate">Its superstate, if any.</param>
/// <param name="Transitions">Its own transitions (not inherited ones), ordered by trigger and destination.</param>
/// <param name="IgnoredTriggers">Triggers it ignores, in enum order.</param>
public sealed record StateInfo<TState, TTrigger>(TState State, TState? Superstate, IReadOnlyList<TransitionInfo<TState, TTrigger>> Transitions, IReadOnlyList<TTrigger> IgnoredTriggers)
    where TState : struct, Enum
    where TTrigger : struct, Enum;
