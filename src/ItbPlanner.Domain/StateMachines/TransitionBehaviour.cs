namespace ItbPlanner.Domain.StateMachines;

/// <summary>One configured way of handling a trigger in a state: where it leads and under which guards.</summary>
internal sealed record TransitionBehaviour<TState, TTrigger>(TTrigger Trigger, TState Destination, bool IsReentry, IReadOnlyList<Guard> Guards)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    public bool IsUnguarded => Guards.Count == 0;

    /// <summary>The descriptions of the guards that are not met (all of them are evaluated, once each).</summary>
    public List<string> UnmetGuards(object? argument, bool argumentKnown) =>
        Guards.Where(g => !g.IsMet(argument, argumentKnown)).Select(g => g.Description).ToList();
}
