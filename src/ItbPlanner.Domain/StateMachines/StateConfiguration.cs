namespace ItbPlanner.Domain.StateMachines;

/// <summary>
/// Fluent configuration of one state, returned by <see cref="StateMachine{TState, TTrigger}.Configure(TState)"/>. Every
/// method checks its input at once and throws <see cref="StateMachineConfigurationException"/> for a mistake (a duplicate
/// or overlapping unguarded transition, a transition to the same state without <see cref="PermitReentry(TTrigger)"/>, a
/// substate cycle), so a bad configuration never reaches a patient. Not thread-safe: configure before use.
/// </summary>
/// <typeparam name="TState">The machine's state enum.</typeparam>
/// <typeparam name="TTrigger">The machine's trigger enum.</typeparam>
public sealed class StateConfiguration<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly StateMachine<TState, TTrigger> machine;
    private readonly StateRepresentation<TState, TTrigger> representation;

    internal StateConfiguration(StateMachine<TState, TTrigger> machine, StateRepresentation<TState, TTrigger> representation)
    {
        this.machine = machine;
        this.representation = representation;
    }

    /// <summary>The state being configured.</summary>
    public TState State => representation.State;

    /// <summary>Firing <paramref name="trigger"/> in this state always moves to <paramref name="destination"/>.</summary>
    public StateConfiguration<TState, TTrigger> Permit(TTrigger trigger, TState destination) => Add(trigger, destination, isReentry: false, []);

    /// <summary>Firing <paramref name="trigger"/> moves to <paramref name="destination"/> when the guard is met.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destination">The state to move to.</param>
    /// <param name="guardDescription">What must be true, reported by <c>CanFire</c> when it is not (required).</param>
    /// <param name="guard">The side-effect-free condition.</param>
    public StateConfiguration<TState, TTrigger> PermitIf(TTrigger trigger, TState destination, string guardDescription, Func<bool> guard) =>
        Add(trigger, destination, isReentry: false, [Guard.Of(guardDescription, guard)]);

    /// <summary>Firing <paramref name="trigger"/> moves to <paramref name="destination"/> when every guard is met.</summary>
    public StateConfiguration<TState, TTrigger> PermitIf(TTrigger trigger, TState destination, params Guard[] guards) =>
        Add(trigger, destination, isReentry: false, RequireGuards(guards));

    /// <summary>Firing the parameterised <paramref name="trigger"/> moves to <paramref name="destination"/> when the guard over its argument is met.</summary>
    /// <param name="trigger">The trigger and its argument type.</param>
    /// <param name="destination">The state to move to.</param>
    /// <param name="guardDescription">What must be true, reported by <c>CanFire</c> when it is not (required).</param>
    /// <param name="guard">The side-effect-free condition over the argument.</param>
    public StateConfiguration<TState, TTrigger> PermitIf<TArg>(TriggerWithParameters<TTrigger, TArg> trigger, TState destination, string guardDescription, Func<TArg, bool> guard)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return Add(trigger.Trigger, destination, isReentry: false, [Guard.Of(guardDescription, guard)]);
    }

    /// <summary>Firing the parameterised <paramref name="trigger"/> moves to <paramref name="destination"/> when every guard is met.</summary>
    public StateConfiguration<TState, TTrigger> PermitIf<TArg>(TriggerWithParameters<TTrigger, TArg> trigger, TState destination, params Guard[] guards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return Add(trigger.Trigger, destination, isReentry: false, RequireGuards(guards));
    }

    /// <summary>Firing <paramref name="trigger"/> leaves this state and enters it again (exit and entry actions run).</summary>
    public StateConfiguration<TState, TTrigger> PermitReentry(TTrigger trigger) => Add(trigger, State, isReentry: true, []);

    /// <summary>Firing <paramref name="trigger"/> re-enters this state when the guard is met.</summary>
    public StateConfiguration<TState, TTrigger> PermitReentryIf(TTrigger trigger, string guardDescription, Func<bool> guard) =>
        Add(trigger, State, isReentry: true, [Guard.Of(guardDescription, guard)]);

    /// <summary>Firing <paramref name="trigger"/> re-enters this state when every guard is met.</summary>
    public StateConfiguration<TState, TTrigger> PermitReentryIf(TTrigger trigger, params Guard[] guards) =>
        Add(trigger, State, isReentry: true, RequireGuards(guards));

    /// <summary>Firing the parameterised <paramref name="trigger"/> re-enters this state when the guard over its argument is met.</summary>
    public StateConfiguration<TState, TTrigger> PermitReentryIf<TArg>(TriggerWithParameters<TTrigger, TArg> trigger, string guardDescription, Func<TArg, bool> guard)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return Add(trigger.Trigger, State, isReentry: true, [Guard.Of(guardDescription, guard)]);
    }

    /// <summary>Firing the parameterised <paramref name="trigger"/> re-enters this state when every guard is met.</summary>
    public StateConfiguration<TState, TTrigger> PermitReentryIf<TArg>(TriggerWithParameters<TTrigger, TArg> trigger, params Guard[] guards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return Add(trigger.Trigger, State, isReentry: true, RequireGuards(guards));
    }

    /// <summary>
    /// Firing <paramref name="trigger"/> in this state does nothing: no transition, no actions, no hook. Overrides a
    /// superstate's transition for the same trigger.
    /// </summary>
    public StateConfiguration<TState, TTrigger> Ignore(TTrigger trigger)
    {
        if (representation.BehavioursFor(trigger).Count > 0)
        {
            throw new StateMachineConfigurationException($"{State} cannot ignore {trigger}: a transition is already configured for it. Remove one of the two.");
        }

        if (!representation.Ignored.Add(trigger))
        {
            throw new StateMachineConfigurationException($"{State} already ignores {trigger}: configure it once.");
        }

        return this;
    }

    /// <summary>
    /// Makes this state a substate of <paramref name="superstate"/>: it inherits the superstate's transitions (its own take
    /// precedence), <c>IsInState(superstate)</c> is true in it, and moving between two substates does not run the
    /// superstate's entry or exit actions.
    /// </summary>
    public StateConfiguration<TState, TTrigger> SubstateOf(TState superstate)
    {
        if (EqualityComparer<TState>.Default.Equals(superstate, State))
        {
            throw new StateMachineConfigurationException($"{State} cannot be a substate of itself.");
        }

        if (representation.Superstate is { } existing)
        {
            throw new StateMachineConfigurationException($"{State} is already a substate of {existing}; a state has at most one superstate.");
        }

        for (TState? ancestor = superstate; ancestor is { } a; ancestor = machine.SuperstateOf(a))
        {
            if (EqualityComparer<TState>.Default.Equals(a, State))
            {
                throw new StateMachineConfigurationException($"Making {State} a substate of {superstate} would create a substate cycle ({superstate} is already inside {State}).");
            }
        }

        representation.Superstate = superstate;
        machine.Representation(superstate);
        return this;
    }

    /// <summary>Runs <paramref name="action"/> whenever this state is entered (not when moving between its substates).</summary>
    public StateConfiguration<TState, TTrigger> OnEntry(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        representation.EntryActions.Add((null, _ => action()));
        return this;
    }

    /// <summary>Runs <paramref name="action"/> with the transition whenever this state is entered.</summary>
    public StateConfiguration<TState, TTrigger> OnEntry(Action<Transition<TState, TTrigger>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        representation.EntryActions.Add((null, action));
        return this;
    }

    /// <summary>Runs <paramref name="action"/> when this state is entered through <paramref name="trigger"/>.</summary>
    public StateConfiguration<TState, TTrigger> OnEntryFrom(TTrigger trigger, Action<Transition<TState, TTrigger>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        representation.EntryActions.Add((trigger, action));
        return this;
    }

    /// <summary>Runs <paramref name="action"/> with the trigger's argument when this state is entered through <paramref name="trigger"/>.</summary>
    public StateConfiguration<TState, TTrigger> OnEntryFrom<TArg>(TriggerWithParameters<TTrigger, TArg> trigger, Action<TArg> action)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        representation.EntryActions.Add((trigger.Trigger, t => action((TArg)t.Argument!)));
        return this;
    }

    /// <summary>Runs <paramref name="action"/> whenever this state is left (not when moving between its substates).</summary>
    public StateConfiguration<TState, TTrigger> OnExit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        representation.ExitActions.Add(_ => action());
        return this;
    }

    /// <summary>Runs <paramref name="action"/> with the transition whenever this state is left.</summary>
    public StateConfiguration<TState, TTrigger> OnExit(Action<Transition<TState, TTrigger>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        representation.ExitActions.Add(action);
        return this;
    }

    private static Guard[] RequireGuards(Guard[] guards)
    {
        ArgumentNullException.ThrowIfNull(guards);
        if (guards.Length == 0)
        {
            throw new StateMachineConfigurationException("A guarded transition needs at least one guard; use Permit for an unguarded one.");
        }

        if (guards.Any(g => g is null))
        {
            throw new StateMachineConfigurationException("A guard is null.");
        }

        return guards;
    }

    private StateConfiguration<TState, TTrigger> Add(TTrigger trigger, TState destination, bool isReentry, Guard[] guards)
    {
        if (!isReentry && EqualityComparer<TState>.Default.Equals(destination, State))
        {
            throw new StateMachineConfigurationException($"{State} permits {trigger} to itself: use PermitReentry (or Ignore) for a transition that stays in the same state.");
        }

        if (representation.Ignored.Contains(trigger))
        {
            throw new StateMachineConfigurationException($"{State} ignores {trigger}, so it cannot also have a transition for it.");
        }

        var parameterType = machine.ParameterTypeOf(trigger);
        foreach (var guard in guards.Where(g => g.NeedsArgument))
        {
            if (parameterType is null || !guard.ArgumentType!.IsAssignableFrom(parameterType))
            {
                var has = parameterType is null ? "no argument" : $"a {parameterType.Name} argument";
                throw new StateMachineConfigurationException($"The guard '{guard.Description}' on {State} --{trigger}--> needs a {guard.ArgumentType!.Name} argument, but {trigger} has {has}.");
            }
        }

        var existing = representation.BehavioursFor(trigger);
        if (existing.Any(b => b.IsUnguarded))
        {
            throw new StateMachineConfigurationException($"{State} already has an unguarded transition for {trigger}; another transition for it would overlap. Guard both, or remove one.");
        }

        if (guards.Length == 0 && existing.Count > 0)
        {
            throw new StateMachineConfigurationException($"{State} already has a guarded transition for {trigger}; an unguarded one would overlap it. Guard it too.");
        }

        if (!representation.Behaviours.TryGetValue(trigger, out var list))
        {
            list = [];
            representation.Behaviours.Add(trigger, list);
        }

        list.Add(new TransitionBehaviour<TState, TTrigger>(trigger, destination, isReentry, guards));
        machine.Representation(destination);
        return this;
    }
}
