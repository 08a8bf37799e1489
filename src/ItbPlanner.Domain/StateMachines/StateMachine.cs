namespace ItbPlanner.Domain.StateMachines;

/// <summary>
/// A small, typed, synchronous state machine shaped after Stateless: states and triggers are enums, transitions are
/// configured per state with <see cref="Configure(TState)"/>, guards are named so <see cref="CanFire(TTrigger, out IReadOnlyList{string})"/>
/// can say why a trigger is refused, substates inherit their superstate's transitions, and the configuration exports to
/// Mermaid and DOT (<see cref="MermaidGraph"/>, <see cref="DotGraph"/>).
/// </summary>
/// <remarks>
/// The state is read and written through delegates, so it can live outside the machine (an aggregate's field, a database
/// row). Configuration mistakes throw <see cref="StateMachineConfigurationException"/> while configuring. Firing a trigger
/// from inside an entry or exit action (or an <see cref="OnTransitioned"/> hook) throws. Not thread-safe.
/// </remarks>
/// <typeparam name="TState">The state enum (explicit values recommended: states may be persisted).</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
public sealed partial class StateMachine<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Func<TState> readState;
    private readonly Action<TState> writeState;
    private readonly Dictionary<TState, StateRepresentation<TState, TTrigger>> representations = [];
    private readonly Dictionary<TTrigger, Type> parameterTypes = [];
    private readonly List<Action<Transition<TState, TTrigger>>> transitionedHooks = [];
    private bool firing;

    /// <summary>Creates a machine that keeps its own state, starting in <paramref name="initialState"/>.</summary>
    public StateMachine(TState initialState)
    {
        var state = initialState;
        readState = () => state;
        writeState = s => state = s;
    }

    /// <summary>Creates a machine whose state lives elsewhere (an aggregate's field, a database row).</summary>
    /// <param name="readState">Returns the current state.</param>
    /// <param name="writeState">Stores a new state; called once per transition, before the entry actions.</param>
    public StateMachine(Func<TState> readState, Action<TState> writeState)
    {
        ArgumentNullException.ThrowIfNull(readState);
        ArgumentNullException.ThrowIfNull(writeState);
        this.readState = readState;
        this.writeState = writeState;
    }

    /// <summary>The current state.</summary>
    public TState State => readState();

    /// <summary>Starts (or continues) the configuration of <paramref name="state"/>.</summary>
    public StateConfiguration<TState, TTrigger> Configure(TState state) => new(this, Representation(state));

    /// <summary>
    /// Declares that <paramref name="trigger"/> carries an argument of type <typeparamref name="TArg"/>; guards configured
    /// through the returned value receive it, and the trigger must then be fired with
    /// <see cref="Fire{TArg}(TriggerWithParameters{TTrigger, TArg}, TArg)"/>.
    /// </summary>
    /// <exception cref="StateMachineConfigurationException">The trigger was already declared with another argument type.</exception>
    public TriggerWithParameters<TTrigger, TArg> SetTriggerParameters<TArg>(TTrigger trigger)
    {
        if (parameterTypes.TryGetValue(trigger, out var existing) && existing != typeof(TArg))
        {
            throw new StateMachineConfigurationException($"{trigger} already carries a {existing.Name} argument; it cannot also carry a {typeof(TArg).Name}.");
        }

        parameterTypes[trigger] = typeof(TArg);
        return new TriggerWithParameters<TTrigger, TArg>(trigger);
    }

    /// <summary>True when the current state is <paramref name="state"/> or one of its substates.</summary>
    public bool IsInState(TState state)
    {
        for (TState? s = State; s is { } current; s = SuperstateOf(current))
        {
            if (EqualityComparer<TState>.Default.Equals(current, state))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Registers an action run after every completed transition (after the entry actions), e.g. to write an audit line.
    /// Not run for ignored triggers. Firing from inside it throws.
    /// </summary>
    public void OnTransitioned(Action<Transition<TState, TTrigger>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        transitionedHooks.Add(action);
    }

    internal StateRepresentation<TState, TTrigger> Representation(TState state)
    {
        if (!representations.TryGetValue(state, out var representation))
        {
            representation = new StateRepresentation<TState, TTrigger>(state);
            representations.Add(state, representation);
        }

        return representation;
    }

    internal TState? SuperstateOf(TState state) =>
        representations.TryGetValue(state, out var representation) ? representation.Superstate : null;

    internal Type? ParameterTypeOf(TTrigger trigger) => parameterTypes.GetValueOrDefault(trigger);

    /// <summary>The state and its superstates, innermost first.</summary>
    private List<TState> Lineage(TState state)
    {
        var lineage = new List<TState>();
        for (TState? s = state; s is { } current; s = SuperstateOf(current))
        {
            lineage.Add(current);
        }

        return lineage;
    }
}
