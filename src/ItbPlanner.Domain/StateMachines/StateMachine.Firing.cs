namespace ItbPlanner.Domain.StateMachines;

// Firing, CanFire and the permitted triggers: finding the one transition a trigger selects.
public sealed partial class StateMachine<TState, TTrigger>
{
    private enum Outcome
    {
        Transition,
        Ignored,
        Refused,
    }

    /// <summary>
    /// The triggers that would cause a transition in the current state (its own and its superstates' transitions), in
    /// enum order. Guards that read a trigger's argument are not evaluated here (the argument is not known yet); they are
    /// checked when the trigger is fired. Ignored triggers are not listed.
    /// </summary>
    public IReadOnlyList<TTrigger> PermittedTriggers
    {
        get
        {
            var candidates = Lineage(State)
                .SelectMany(s => representations.TryGetValue(s, out var r) ? r.Behaviours.Keys : Enumerable.Empty<TTrigger>())
                .Distinct()
                .Order();
            return candidates.Where(t => Resolve(t, null, argumentKnown: false).Outcome == Outcome.Transition).ToList();
        }
    }

    /// <summary>Fires a trigger that carries no argument.</summary>
    /// <exception cref="InvalidTransitionException">No transition is configured for it here, or its guards are not met; the state is unchanged.</exception>
    /// <exception cref="InvalidOperationException">Called from inside an entry or exit action, or the trigger needs an argument.</exception>
    public void Fire(TTrigger trigger)
    {
        if (ParameterTypeOf(trigger) is { } type)
        {
            throw new InvalidOperationException($"{trigger} carries a {type.Name} argument: fire it through the TriggerWithParameters returned by SetTriggerParameters.");
        }

        FireCore(trigger, null);
    }

    /// <summary>Fires a trigger with its argument; guards over the argument are evaluated.</summary>
    /// <exception cref="InvalidTransitionException">No transition is configured for it here, or its guards are not met; the state is unchanged.</exception>
    /// <exception cref="InvalidOperationException">Called from inside an entry or exit action.</exception>
    public void Fire<TArg>(TriggerWithParameters<TTrigger, TArg> trigger, TArg argument)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        FireCore(trigger.Trigger, argument);
    }

    /// <summary>
    /// True when firing <paramref name="trigger"/> now would be accepted (a transition, or an explicit ignore). Guards
    /// that read the trigger's argument are not evaluated (use the overload with an argument for them).
    /// </summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="unmetGuards">The descriptions of the guards that are not met; empty when accepted or when no transition is configured.</param>
    public bool CanFire(TTrigger trigger, out IReadOnlyList<string> unmetGuards)
    {
        var (outcome, _, unmet) = Resolve(trigger, null, argumentKnown: false);
        unmetGuards = unmet;
        return outcome != Outcome.Refused;
    }

    /// <summary>True when firing <paramref name="trigger"/> with <paramref name="argument"/> now would be accepted; every guard is evaluated.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="argument">The argument it would be fired with.</param>
    /// <param name="unmetGuards">The descriptions of the guards that are not met; empty when accepted or when no transition is configured.</param>
    public bool CanFire<TArg>(TriggerWithParameters<TTrigger, TArg> trigger, TArg argument, out IReadOnlyList<string> unmetGuards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var (outcome, _, unmet) = Resolve(trigger.Trigger, argument, argumentKnown: true);
        unmetGuards = unmet;
        return outcome != Outcome.Refused;
    }

    private void FireCore(TTrigger trigger, object? argument)
    {
        if (firing)
        {
            throw new InvalidOperationException($"{trigger} was fired from inside an entry, exit or transition action; fire it after the current transition has finished.");
        }

        var source = State;
        var (outcome, behaviour, unmet) = Resolve(trigger, argument, argumentKnown: true);
        switch (outcome)
        {
            case Outcome.Ignored:
                return;
            case Outcome.Refused:
                throw new InvalidTransitionException(source, trigger, unmet);
        }

        var transition = new Transition<TState, TTrigger>(source, behaviour!.Destination, trigger, behaviour.IsReentry, argument);
        firing = true;
        try
        {
            Execute(transition);
        }
        finally
        {
            firing = false;
        }
    }

    private void Execute(Transition<TState, TTrigger> transition)
    {
        if (transition.IsReentry)
        {
            var here = Representation(transition.Source);
            here.Exit(transition);
            writeState(transition.Destination);
            here.Enter(transition);
        }
        else
        {
            var leaving = Lineage(transition.Source);
            var entering = Lineage(transition.Destination);
            var common = leaving.FirstOrDefault(s => entering.Contains(s));
            var hasCommon = leaving.Any(s => entering.Contains(s));
            foreach (var state in leaving.TakeWhile(s => !hasCommon || !EqualityComparer<TState>.Default.Equals(s, common)))
            {
                Representation(state).Exit(transition);
            }

            writeState(transition.Destination);
            var entered = entering.TakeWhile(s => !hasCommon || !EqualityComparer<TState>.Default.Equals(s, common)).Reverse();
            foreach (var state in entered)
            {
                Representation(state).Enter(transition);
            }
        }

        foreach (var hook in transitionedHooks)
        {
            hook(transition);
        }
    }

    /// <summary>
    /// Finds the transition a trigger selects: the current state first, then its superstates. At each level every guard is
    /// evaluated once; the first level with exactly one passing transition wins; an ignore at a level ends the search.
    /// </summary>
    private (Outcome Outcome, TransitionBehaviour<TState, TTrigger>? Behaviour, IReadOnlyList<string> Unmet) Resolve(TTrigger trigger, object? argument, bool argumentKnown)
    {
        var unmet = new List<string>();
        foreach (var state in Lineage(State))
        {
            if (!representations.TryGetValue(state, out var representation))
            {
                continue;
            }

            if (representation.Ignored.Contains(trigger))
            {
                return (Outcome.Ignored, null, []);
            }

            var passing = new List<TransitionBehaviour<TState, TTrigger>>();
            foreach (var behaviour in representation.BehavioursFor(trigger))
            {
                var failed = behaviour.UnmetGuards(argument, argumentKnown);
                if (failed.Count == 0)
                {
                    passing.Add(behaviour);
                }
                else
                {
                    unmet.AddRange(failed);
                }
            }

            if (passing.Count > 1 && argumentKnown)
            {
                var destinations = string.Join(", ", passing.Select(b => b.Destination));
                throw new StateMachineConfigurationException($"{trigger} in {state} selects more than one transition ({destinations}): their guards overlap. Make them mutually exclusive.");
            }

            if (passing.Count > 0)
            {
                return (Outcome.Transition, passing[0], []);
            }
        }

        return (Outcome.Refused, null, unmet.Distinct().ToList());
    }
}
