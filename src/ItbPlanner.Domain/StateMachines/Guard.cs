using ItbPlanner.Domain.Internal;

namespace ItbPlanner.Domain.StateMachines;

/// <summary>
/// A named, side-effect-free condition on a transition. <see cref="Description"/> is what
/// <see cref="StateMachine{TState, TTrigger}.CanFire(TTrigger, out IReadOnlyList{string})"/> reports when the condition is
/// not met (so a user interface can say why an action is unavailable) and what the diagrams print on the edge.
/// A guard either needs the trigger's argument (<see cref="Of{TArg}(string, Func{TArg, bool})"/>) or not
/// (<see cref="Of(string, Func{bool})"/>). Immutable.
/// </summary>
public sealed class Guard
{
    private readonly Func<object?, bool> condition;

    private Guard(string description, Type? argumentType, Func<object?, bool> condition)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(description), nameof(description), "A guard needs a description: it is shown to users when the guard is not met.");
        Description = description;
        ArgumentType = argumentType;
        this.condition = condition;
    }

    /// <summary>What must be true, in words a clinician recognises (e.g. "at least 24 h after the previous bolus").</summary>
    public string Description { get; }

    /// <summary>The type of trigger argument the condition reads, or null when it needs none.</summary>
    public Type? ArgumentType { get; }

    /// <summary>True when the condition reads the trigger's argument.</summary>
    public bool NeedsArgument => ArgumentType is not null;

    /// <summary>A guard that does not need the trigger's argument.</summary>
    /// <exception cref="ArgumentException">The description is blank.</exception>
    /// <exception cref="ArgumentNullException">The condition is null.</exception>
    public static Guard Of(string description, Func<bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return new Guard(description, null, _ => condition());
    }

    /// <summary>A guard over the trigger's argument; only valid on a trigger whose argument is a <typeparamref name="TArg"/>.</summary>
    /// <exception cref="ArgumentException">The description is blank.</exception>
    /// <exception cref="ArgumentNullException">The condition is null.</exception>
    public static Guard Of<TArg>(string description, Func<TArg, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return new Guard(description, typeof(TArg), argument => condition((TArg)argument!));
    }

    /// <summary>Evaluates the condition; a guard that needs the argument counts as met when the argument is not known.</summary>
    internal bool IsMet(object? argument, bool argumentKnown) => (NeedsArgument && !argumentKnown) || condition(argument);

    /// <inheritdoc/>
    public override string ToString() => Description;
}
