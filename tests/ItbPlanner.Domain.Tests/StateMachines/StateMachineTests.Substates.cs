using ItbPlanner.Domain.StateMachines;

namespace ItbPlanner.Domain.Tests.StateMachines;

// Substates, entry and exit actions, reentry.
public sealed partial class StateMachineTests
{
    [Fact]
    public void A_substate_is_in_its_superstate()
    {
        var machine = NewDoor(Door.Locked);

        Assert.True(machine.IsInState(Door.Locked));
        Assert.True(machine.IsInState(Door.Intact));
        Assert.False(machine.IsInState(Door.Broken));
        Assert.False(machine.IsInState(Door.Closed));
    }

    [Fact]
    public void A_substate_inherits_its_superstates_transitions()
    {
        var machine = NewDoor(Door.Locked);

        machine.Fire(DoorAction.Kick);

        Assert.Equal(Door.Broken, machine.State);
    }

    [Fact]
    public void A_substates_ignore_overrides_its_superstates_transition()
    {
        var machine = new StateMachine<Door, DoorAction>(Door.Closed);
        machine.Configure(Door.Intact).Permit(DoorAction.Kick, Door.Broken);
        machine.Configure(Door.Closed).SubstateOf(Door.Intact).Ignore(DoorAction.Kick);

        machine.Fire(DoorAction.Kick);

        Assert.Equal(Door.Closed, machine.State);
    }

    [Fact]
    public void A_superstates_transition_is_used_when_the_substates_guards_fail()
    {
        var machine = new StateMachine<Door, DoorAction>(Door.Closed);
        machine.Configure(Door.Intact).Permit(DoorAction.Kick, Door.Broken);
        machine.Configure(Door.Closed).SubstateOf(Door.Intact).PermitIf(DoorAction.Kick, Door.Open, "the latch is loose", () => false);

        machine.Fire(DoorAction.Kick);

        Assert.Equal(Door.Broken, machine.State);
    }

    [Fact]
    public void Moving_between_substates_does_not_leave_or_enter_the_superstate()
    {
        var log = new List<string>();
        var machine = LoggedDoor(log);

        machine.Fire(DoorAction.Open);

        Assert.Equal(["exit Closed", "enter Open"], log);
    }

    [Fact]
    public void Leaving_a_superstate_exits_inside_out_and_entering_one_enters_outside_in()
    {
        var log = new List<string>();
        var machine = LoggedDoor(log);

        machine.Fire(DoorAction.Kick);
        machine.Fire(DoorAction.Repair);

        Assert.Equal(["exit Closed", "exit Intact", "enter Broken", "exit Broken", "enter Intact", "enter Closed"], log);
    }

    [Fact]
    public void Reentry_runs_exit_then_entry_of_the_same_state()
    {
        var log = new List<string>();
        var machine = LoggedDoor(log, Door.Locked);

        machine.Fire(DoorAction.Knock);

        Assert.Equal(["exit Locked", "enter Locked"], log);
        Assert.Equal(Door.Locked, machine.State);
    }

    [Fact]
    public void OnEntryFrom_runs_only_for_its_trigger()
    {
        var log = new List<string>();
        var machine = new StateMachine<Door, DoorAction>(Door.Open);
        machine.Configure(Door.Open).Permit(DoorAction.Close, Door.Closed);
        machine.Configure(Door.Locked).Permit(DoorAction.Unlock, Door.Closed);
        machine.Configure(Door.Closed)
            .Permit(DoorAction.Lock, Door.Locked)
            .OnEntryFrom(DoorAction.Unlock, t => log.Add($"unlocked from {t.Source}"));

        machine.Fire(DoorAction.Close);
        machine.Fire(DoorAction.Lock);
        machine.Fire(DoorAction.Unlock);

        Assert.Equal(["unlocked from Locked"], log);
    }

    [Fact]
    public void Firing_from_inside_an_entry_action_throws()
    {
        var machine = new StateMachine<Door, DoorAction>(Door.Closed);
        machine.Configure(Door.Closed).Permit(DoorAction.Open, Door.Open);
        machine.Configure(Door.Open).Permit(DoorAction.Close, Door.Closed).OnEntry(() => machine.Fire(DoorAction.Close));

        var error = Assert.Throws<InvalidOperationException>(() => machine.Fire(DoorAction.Open));

        Assert.IsNotType<InvalidTransitionException>(error);
        Assert.Contains("inside", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Firing_from_inside_an_exit_action_or_a_hook_throws()
    {
        var machine = new StateMachine<Door, DoorAction>(Door.Closed);
        machine.Configure(Door.Closed).Permit(DoorAction.Open, Door.Open).OnExit(() => machine.Fire(DoorAction.Open));
        Assert.Throws<InvalidOperationException>(() => machine.Fire(DoorAction.Open));

        var other = new StateMachine<Door, DoorAction>(Door.Closed);
        other.Configure(Door.Closed).Permit(DoorAction.Open, Door.Open);
        other.Configure(Door.Open).Permit(DoorAction.Close, Door.Closed);
        other.OnTransitioned(_ => other.Fire(DoorAction.Close));
        Assert.Throws<InvalidOperationException>(() => other.Fire(DoorAction.Open));
    }

    [Fact]
    public void The_machine_can_fire_again_after_an_action_threw()
    {
        var fail = true;
        var machine = new StateMachine<Door, DoorAction>(Door.Closed);
        machine.Configure(Door.Closed).Permit(DoorAction.Open, Door.Open);
        machine.Configure(Door.Open).Permit(DoorAction.Close, Door.Closed).OnEntry(() =>
        {
            if (fail)
            {
                throw new InvalidDataException("entry failed");
            }
        });

        Assert.Throws<InvalidDataException>(() => machine.Fire(DoorAction.Open));
        fail = false;
        machine.Fire(DoorAction.Close);

        Assert.Equal(Door.Closed, machine.State);
    }

    private static StateMachine<Door, DoorAction> LoggedDoor(List<string> log, Door initial = Door.Closed)
    {
        var machine = NewDoor(initial);
        foreach (var state in Enum.GetValues<Door>())
        {
            machine.Configure(state).OnEntry(() => log.Add($"enter {state}")).OnExit(() => log.Add($"exit {state}"));
        }

        return machine;
    }
}
