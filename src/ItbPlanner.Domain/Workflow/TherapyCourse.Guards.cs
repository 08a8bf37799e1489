using ItbPlanner.Domain.Workflow.Events;
using CourseMachine = Stateless.StateMachine<ItbPlanner.Domain.Workflow.TherapyPhase, ItbPlanner.Domain.Workflow.TherapyAction>;

namespace ItbPlanner.Domain.Workflow;

// The guards' shapes. Stateless takes a guard as a function of the trigger's argument with its description; it calls the
// function with null when it asks about a trigger without its argument (CanFire(trigger), GetPermittedTriggers), so every
// guard here answers a null event explicitly.
public sealed partial class TherapyCourse
{
    /// <summary>An internal transition's action: the course applies the event itself once the machine has accepted it.</summary>
    private static void Nothing<TEvent>(TEvent e, CourseMachine.Transition transition)
    {
    }

    /// <summary>A guard: <paramref name="onEvent"/> judges the event; <paramref name="withoutEvent"/> answers when it is not known (null).</summary>
    private static Tuple<Func<TEvent, bool>, string> Guard<TEvent>(string description, Func<TEvent, bool> onEvent, Func<bool> withoutEvent)
        where TEvent : CourseEvent =>
        Tuple.Create<Func<TEvent, bool>, string>(e => e is null ? withoutEvent() : onEvent(e), description);

    /// <summary>A routing condition on the course alone: it always applies, replaying included.</summary>
    private static Tuple<Func<TEvent, bool>, string> When<TEvent>(string description, Func<bool> condition)
        where TEvent : CourseEvent =>
        Guard<TEvent>(description, _ => condition(), condition);

    /// <summary>
    /// A transition's label and nothing more: always met. Stateless shows an unguarded internal transition as "[Function]";
    /// this names, in the clinician's words, what the phase the transition sits in already ensures.
    /// </summary>
    private static Tuple<Func<TEvent, bool>, string> Where<TEvent>(string description)
        where TEvent : CourseEvent =>
        Guard<TEvent>(description, _ => true, () => true);

    /// <summary>One of the transitions a trigger can take, told apart by the event; without one, <paramref name="withoutEvent"/>.</summary>
    private static Tuple<Func<TEvent, bool>, string> Branch<TEvent>(string description, Func<TEvent, bool> condition, bool withoutEvent)
        where TEvent : CourseEvent =>
        Guard<TEvent>(description, condition, () => withoutEvent);

    /// <summary>
    /// A protocol limit on the action's own data: checked for new actions, not when replaying stored events; met when the
    /// event is not known (its data is checked when the action is taken).
    /// </summary>
    private Tuple<Func<TEvent, bool>, string> Rule<TEvent>(string description, Func<TEvent, bool> condition)
        where TEvent : CourseEvent =>
        Guard<TEvent>(description, e => replaying || condition(e), () => true);

    /// <summary>A rule that has its own answer when the event is not known (<paramref name="withoutEvent"/>).</summary>
    private Tuple<Func<TEvent, bool>, string> Rule<TEvent>(string description, Func<TEvent, bool> condition, Func<bool> withoutEvent)
        where TEvent : CourseEvent =>
        Guard<TEvent>(description, e => replaying || condition(e), () => replaying || withoutEvent());
}
