namespace ItbPlanner.Domain.StateMachines;

// A read-only description of the configuration, for diagrams.
public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>Describes the configuration: every configured or referenced state with its transitions, in enum order.</summary>
    public StateMachineInfo<TState, TTrigger> GetInfo()
    {
        var states = representations.Values
            .OrderBy(r => r.State)
            .Select(r => new StateInfo<TState, TTrigger>(
                r.State,
                r.Superstate,
                r.Behaviours.Values
                    .SelectMany(list => list)
                    .OrderBy(b => b.Trigger)
                    .ThenBy(b => b.Destination)
                    .Select(b => new TransitionInfo<TState, TTrigger>(r.State, b.Trigger, b.Destination, b.IsReentry, b.Guards.Select(g => g.Description).ToList()))
                    .ToList(),
                r.Ignored.Order().ToList()))
            .ToList();
        return new StateMachineInfo<TState, TTrigger>(State, states);
    }
}
