namespace ItbPlanner.Domain.StateMachines;

/// <summary>
/// A read-only description of a machine's configuration, for diagrams and documentation: every state that is configured
/// or referenced, in enum order, and the state the machine is in. Immutable.
/// </summary>
/// <typeparam name="TState">The machine's state enum.</typeparam>
/// <typeparam name="TTrigger">The machine's trigger enum.</typeparam>
/// <param name="InitialState">The state the machine was in when the description was taken (drawn as the start).</param>
/// <param name="States">Every state, in enum order.</param>
public sealed record StateMachineInfo<TState, TTrigger>(TState InitialState, IReadOnlyList<StateInfo<TState, TTrigger>> States)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>The states directly inside <paramref name="superstate"/> (or at the top level for null), in enum order.</summary>
    public IReadOnlyList<StateInfo<TState, TTrigger>> ChildrenOf(TState? superstate) =>
        States.Where(s => Nullable.Equals(s.Superstate, superstate)).ToList();

    /// <summary>Every transition, ordered by source state, trigger and destination (enum order).</summary>
    public IReadOnlyList<TransitionInfo<TState, TTrigger>> Transitions =>
        States.SelectMany(s => s.Transitions).OrderBy(t => t.Source).ThenBy(t => t.Trigger).ThenBy(t => t.Destination).ToList();
}
