namespace ItbPlanner.Domain.StateMachines;

/// <summary>
/// A trigger that carries an argument of type <typeparamref name="TArg"/> (a dose given, an outcome, a reason). Obtained from
/// <see cref="StateMachine{TState, TTrigger}.SetTriggerParameters{TArg}(TTrigger)"/>; guards configured through it receive
/// the argument, and it is fired with <see cref="StateMachine{TState, TTrigger}.Fire{TArg}(TriggerWithParameters{TTrigger, TArg}, TArg)"/>.
/// Immutable; equality is by trigger.
/// </summary>
/// <typeparam name="TTrigger">The machine's trigger enum.</typeparam>
/// <typeparam name="TArg">The argument's type.</typeparam>
public sealed record TriggerWithParameters<TTrigger, TArg>
    where TTrigger : struct, Enum
{
    internal TriggerWithParameters(TTrigger trigger) => Trigger = trigger;

    /// <summary>The underlying trigger.</summary>
    public TTrigger Trigger { get; }
}
