using ItbPlanner.Domain.StateMachines;

namespace ItbPlanner.Domain.Tests.StateMachines;

public sealed partial class StateMachineTests
{
    private static StateMachine<Door, DoorAction> NewDoor(Door initial = Door.Closed, Func<bool>? lockable = null)
    {
        var machine = new StateMachine<Door, DoorAction>(initial);
        machine.Configure(Door.Intact)
            .Permit(DoorAction.Kick, Door.Broken);
        machine.Configure(Door.Closed)
            .SubstateOf(Door.Intact)
            .Permit(DoorAction.Open, Door.Open)
            .PermitIf(DoorAction.Lock, Door.Locked, "the key is at hand", lockable ?? (() => true))
            .Ignore(DoorAction.Close);
        machine.Configure(Door.Open)
            .SubstateOf(Door.Intact)
            .Permit(DoorAction.Close, Door.Closed);
        machine.Configure(Door.Locked)
            .SubstateOf(Door.Intact)
            .Permit(DoorAction.Unlock, Door.Closed)
            .PermitReentry(DoorAction.Knock);
        machine.Configure(Door.Broken)
            .Permit(DoorAction.Repair, Door.Closed);
        return machine;
    }

    [Fact]
    public void A_permitted_trigger_moves_to_its_destination()
    {
        var machine = NewDoor();

        machine.Fire(DoorAction.Open);

        Assert.Equal(Door.Open, machine.State);
    }

    [Fact]
    public void An_unconfigured_trigger_is_refused_naming_state_and_trigger()
    {
        var machine = NewDoor();

        var error = Assert.Throws<InvalidTransitionException>(() => machine.Fire(DoorAction.Unlock));

        Assert.Equal(Door.Closed, error.State);
        Assert.Equal(DoorAction.Unlock, error.Trigger);
        Assert.Empty(error.UnmetGuards);
        Assert.Contains("Unlock", error.Message, StringComparison.Ordinal);
        Assert.Contains("Closed", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<InvalidOperationException>(error);
        Assert.Equal(Door.Closed, machine.State);
    }

    [Fact]
    public void A_guarded_out_trigger_is_refused_with_its_unmet_guards()
    {
        var machine = NewDoor(lockable: () => false);

        var error = Assert.Throws<InvalidTransitionException>(() => machine.Fire(DoorAction.Lock));

        Assert.Equal(["the key is at hand"], error.UnmetGuards);
        Assert.Contains("the key is at hand", error.Message, StringComparison.Ordinal);
        Assert.Equal(Door.Closed, machine.State);
    }

    [Fact]
    public void CanFire_reports_the_unmet_guard_descriptions()
    {
        var keyAtHand = false;
        var machine = NewDoor(lockable: () => keyAtHand);

        Assert.False(machine.CanFire(DoorAction.Lock, out var unmet));
        Assert.Equal(["the key is at hand"], unmet);

        keyAtHand = true;
        Assert.True(machine.CanFire(DoorAction.Lock, out unmet));
        Assert.Empty(unmet);
    }

    [Fact]
    public void CanFire_is_false_without_reasons_when_no_transition_is_configured()
    {
        var machine = NewDoor();

        Assert.False(machine.CanFire(DoorAction.Repair, out var unmet));
        Assert.Empty(unmet);
    }

    [Fact]
    public void Only_the_guards_that_fail_are_reported()
    {
        var machine = new StateMachine<Door, DoorAction>(Door.Closed);
        machine.Configure(Door.Closed)
            .PermitIf(DoorAction.Lock, Door.Locked, Guard.Of("the key is at hand", () => true), Guard.Of("the door is shut", () => false), Guard.Of("nobody is inside", () => false));

        Assert.False(machine.CanFire(DoorAction.Lock, out var unmet));

        Assert.Equal(["the door is shut", "nobody is inside"], unmet);
    }

    [Fact]
    public void Each_guard_runs_once_per_fire()
    {
        var calls = 0;
        var machine = new StateMachine<Door, DoorAction>(Door.Closed);
        machine.Configure(Door.Closed)
            .PermitIf(DoorAction.Lock, Door.Locked, "counted", () => ++calls > 0);

        machine.Fire(DoorAction.Lock);

        Assert.Equal(1, calls);
    }

    [Fact]
    public void An_ignored_trigger_changes_nothing_and_runs_no_hook()
    {
        var machine = NewDoor();
        var hooks = 0;
        machine.OnTransitioned(_ => hooks++);

        machine.Fire(DoorAction.Close);

        Assert.Equal(Door.Closed, machine.State);
        Assert.Equal(0, hooks);
        Assert.True(machine.CanFire(DoorAction.Close, out _));
    }

    [Fact]
    public void OnTransitioned_receives_source_destination_and_trigger()
    {
        var machine = NewDoor();
        var seen = new List<Transition<Door, DoorAction>>();
        machine.OnTransitioned(seen.Add);

        machine.Fire(DoorAction.Open);
        machine.Fire(DoorAction.Close);

        Assert.Equal(
            [
                new Transition<Door, DoorAction>(Door.Closed, Door.Open, DoorAction.Open, false, null),
                new Transition<Door, DoorAction>(Door.Open, Door.Closed, DoorAction.Close, false, null),
            ],
            seen);
    }

    [Fact]
    public void PermittedTriggers_lists_own_and_inherited_transitions_in_enum_order_without_ignored_ones()
    {
        var machine = NewDoor();

        Assert.Equal([DoorAction.Open, DoorAction.Lock, DoorAction.Kick], machine.PermittedTriggers);
    }

    [Fact]
    public void PermittedTriggers_leaves_out_triggers_whose_guards_fail()
    {
        var machine = NewDoor(lockable: () => false);

        Assert.Equal([DoorAction.Open, DoorAction.Kick], machine.PermittedTriggers);
    }

    [Fact]
    public void State_can_live_outside_the_machine()
    {
        var stored = Door.Closed;
        var machine = new StateMachine<Door, DoorAction>(() => stored, s => stored = s);
        machine.Configure(Door.Closed).Permit(DoorAction.Open, Door.Open);

        machine.Fire(DoorAction.Open);
        Assert.Equal(Door.Open, stored);

        stored = Door.Closed;
        Assert.Equal(Door.Closed, machine.State);
    }
}
