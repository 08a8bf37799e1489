using ItbPlanner.Domain.StateMachines;

namespace ItbPlanner.Domain.Tests.StateMachines;

// Configuration mistakes fail while configuring (or, for overlapping guards, when they are found).
public sealed partial class StateMachineTests
{
    private static StateMachine<Door, DoorAction> Empty() => new(Door.Closed);

    [Fact]
    public void Permitting_a_trigger_to_the_same_state_is_rejected()
    {
        var error = Assert.Throws<StateMachineConfigurationException>(() => Empty().Configure(Door.Closed).Permit(DoorAction.Knock, Door.Closed));

        Assert.Contains("PermitReentry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_unguarded_transition_for_a_trigger_is_rejected()
    {
        var state = Empty().Configure(Door.Closed).Permit(DoorAction.Open, Door.Open);

        Assert.Throws<StateMachineConfigurationException>(() => state.Permit(DoorAction.Open, Door.Broken));
    }

    [Fact]
    public void An_unguarded_and_a_guarded_transition_for_one_trigger_are_rejected_in_either_order()
    {
        Assert.Throws<StateMachineConfigurationException>(() =>
            Empty().Configure(Door.Closed).Permit(DoorAction.Open, Door.Open).PermitIf(DoorAction.Open, Door.Broken, "forced", () => true));
        Assert.Throws<StateMachineConfigurationException>(() =>
            Empty().Configure(Door.Closed).PermitIf(DoorAction.Open, Door.Broken, "forced", () => true).Permit(DoorAction.Open, Door.Open));
    }

    [Fact]
    public void Two_guarded_transitions_for_one_trigger_are_allowed()
    {
        var wide = true;
        var machine = Empty();
        machine.Configure(Door.Closed)
            .PermitIf(DoorAction.Open, Door.Open, "the way is clear", () => wide)
            .PermitIf(DoorAction.Open, Door.Broken, "the way is blocked", () => !wide);

        machine.Fire(DoorAction.Open);

        Assert.Equal(Door.Open, machine.State);
    }

    [Fact]
    public void Overlapping_guards_are_reported_as_a_configuration_mistake_when_fired()
    {
        var machine = Empty();
        machine.Configure(Door.Closed)
            .PermitIf(DoorAction.Open, Door.Open, "always", () => true)
            .PermitIf(DoorAction.Open, Door.Broken, "also always", () => true);

        var error = Assert.Throws<StateMachineConfigurationException>(() => machine.Fire(DoorAction.Open));

        Assert.Contains("overlap", error.Message, StringComparison.Ordinal);
        Assert.Equal(Door.Closed, machine.State);
    }

    [Fact]
    public void Ignoring_and_permitting_the_same_trigger_is_rejected()
    {
        Assert.Throws<StateMachineConfigurationException>(() => Empty().Configure(Door.Closed).Ignore(DoorAction.Open).Permit(DoorAction.Open, Door.Open));
        Assert.Throws<StateMachineConfigurationException>(() => Empty().Configure(Door.Closed).Permit(DoorAction.Open, Door.Open).Ignore(DoorAction.Open));
        Assert.Throws<StateMachineConfigurationException>(() => Empty().Configure(Door.Closed).Ignore(DoorAction.Open).Ignore(DoorAction.Open));
    }

    [Fact]
    public void A_state_cannot_be_its_own_substate()
    {
        Assert.Throws<StateMachineConfigurationException>(() => Empty().Configure(Door.Intact).SubstateOf(Door.Intact));
    }

    [Fact]
    public void A_substate_cycle_is_rejected()
    {
        var machine = Empty();
        machine.Configure(Door.Closed).SubstateOf(Door.Intact);
        machine.Configure(Door.Intact).SubstateOf(Door.Broken);

        var error = Assert.Throws<StateMachineConfigurationException>(() => machine.Configure(Door.Broken).SubstateOf(Door.Closed));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_has_at_most_one_superstate()
    {
        var state = Empty().Configure(Door.Closed).SubstateOf(Door.Intact);

        Assert.Throws<StateMachineConfigurationException>(() => state.SubstateOf(Door.Broken));
    }

    [Fact]
    public void A_guard_needs_a_description()
    {
        Assert.Throws<ArgumentException>(() => Empty().Configure(Door.Closed).PermitIf(DoorAction.Open, Door.Open, " ", () => true));
        Assert.Throws<ArgumentException>(() => Guard.Of<int>(string.Empty, _ => true));
    }

    [Fact]
    public void A_guarded_transition_needs_a_guard()
    {
        Assert.Throws<StateMachineConfigurationException>(() => Empty().Configure(Door.Closed).PermitIf(DoorAction.Open, Door.Open, []));
    }

    [Fact]
    public void A_guard_over_an_argument_the_trigger_does_not_carry_is_rejected()
    {
        var machine = Empty();
        machine.SetTriggerParameters<string>(DoorAction.Unlock);

        Assert.Throws<StateMachineConfigurationException>(() => machine.Configure(Door.Closed).PermitIf(DoorAction.Open, Door.Open, Guard.Of<string>("a name", s => s.Length > 0)));
        Assert.Throws<StateMachineConfigurationException>(() => machine.Configure(Door.Closed).PermitIf(DoorAction.Unlock, Door.Open, Guard.Of<int>("a number", n => n > 0)));
    }

    [Fact]
    public void A_trigger_carries_one_argument_type()
    {
        var machine = Empty();
        machine.SetTriggerParameters<string>(DoorAction.Unlock);

        Assert.Throws<StateMachineConfigurationException>(() => machine.SetTriggerParameters<int>(DoorAction.Unlock));
    }

    [Fact]
    public void GetInfo_describes_every_state_in_enum_order_with_its_transitions()
    {
        var info = NewDoor().GetInfo();

        Assert.Equal([Door.Closed, Door.Open, Door.Locked, Door.Broken, Door.Intact], info.States.Select(s => s.State));
        var closed = info.States[0];
        Assert.Equal(Door.Intact, closed.Superstate);
        Assert.Equal([DoorAction.Close], closed.IgnoredTriggers);
        Assert.Equal(
            [(DoorAction.Open, Door.Open, ""), (DoorAction.Lock, Door.Locked, "the key is at hand")],
            closed.Transitions.Select(t => (t.Trigger, t.Destination, string.Join("|", t.GuardDescriptions))));
        Assert.True(info.States[2].Transitions.Single(t => t.Trigger == DoorAction.Knock).IsReentry);
    }
}
