namespace ItbPlanner.Domain.StateMachines;

/// <summary>Everything configured for one state: its superstate, transitions, ignored triggers and actions.</summary>
internal sealed class StateRepresentation<TState, TTrigger>(TState state)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    public TState State { get; } = state;

    public TState? Superstate { get; set; }

    public Dictionary<TTrigger, List<TransitionBehaviour<TState, TTrigger>>> Behaviours { get; } = [];

    public HashSet<TTrigger> Ignored { get; } = [];

    public List<(TTrigger? From, Action<Transition<TState, TTrigger>> Action)> EntryActions { get; } = [];

    public List<Action<Transition<TState, TTrigger>>> ExitActions { get; } = [];

    public IReadOnlyList<TransitionBehaviour<TState, TTrigger>> BehavioursFor(TTrigger trigger) =>
        Behaviours.TryGetValue(trigger, out var list) ? list : [];

    public void Enter(Transition<TState, TTrigger> transition)
    {
        foreach (var (from, action) in EntryActions)
        {
            if (from is null || EqualityComparer<TTrigger>.Default.Equals(from.Value, transition.Trigger))
            {
                action(transition);
            }
        }
    }

    public void Exit(Transition<TState, TTrigger> transition)
    {
        foreach (var action in ExitActions)
        {
            action(transition);
        }
    }
}
