using ItbPlanner.Domain.StateMachines;

namespace ItbPlanner.Domain.Tests.StateMachines;

// Triggers that carry data.
public sealed partial class StateMachineTests
{
    private sealed record Visitor(string Name, bool HasKey);

    private static (StateMachine<Door, DoorAction> Machine, TriggerWithParameters<DoorAction, Visitor> Unlock, List<string> Log) KeyedDoor(Func<bool>? daytime = null)
    {
        var log = new List<string>();
        var machine = new StateMachine<Door, DoorAction>(Door.Locked);
        var unlock = machine.SetTriggerParameters<Visitor>(DoorAction.Unlock);
        machine.Configure(Door.Locked)
            .PermitIf(unlock, Door.Closed, Guard.Of("it is daytime", daytime ?? (() => true)), Guard.Of<Visitor>("the visitor has a key", v => v.HasKey));
        machine.Configure(Door.Closed)
            .OnEntryFrom(unlock, v => log.Add($"let in {v.Name}"));
        return (machine, unlock, log);
    }

    [Fact]
    public void A_guard_receives_the_triggers_argument()
    {
        var (machine, unlock, _) = KeyedDoor();

        var error = Assert.Throws<InvalidTransitionException>(() => machine.Fire(unlock, new Visitor("Ann", HasKey: false)));
        Assert.Equal(["the visitor has a key"], error.UnmetGuards);

        machine.Fire(unlock, new Visitor("Ann", HasKey: true));
        Assert.Equal(Door.Closed, machine.State);
    }

    [Fact]
    public void OnEntryFrom_and_the_transition_receive_the_argument()
    {
        var (machine, unlock, log) = KeyedDoor();
        object? argument = null;
        machine.OnTransitioned(t => argument = t.Argument);

        machine.Fire(unlock, new Visitor("Ben", HasKey: true));

        Assert.Equal(["let in Ben"], log);
        Assert.Equal(new Visitor("Ben", HasKey: true), argument);
    }

    [Fact]
    public void CanFire_without_the_argument_checks_only_the_guards_that_do_not_need_it()
    {
        var daytime = true;
        var (machine, unlock, _) = KeyedDoor(() => daytime);

        Assert.True(machine.CanFire(DoorAction.Unlock, out _));
        Assert.Contains(DoorAction.Unlock, machine.PermittedTriggers);
        Assert.False(machine.CanFire(unlock, new Visitor("Cy", HasKey: false), out var unmet));
        Assert.Equal(["the visitor has a key"], unmet);

        daytime = false;
        Assert.False(machine.CanFire(DoorAction.Unlock, out unmet));
        Assert.Equal(["it is daytime"], unmet);
        Assert.DoesNotContain(DoorAction.Unlock, machine.PermittedTriggers);
    }

    [Fact]
    public void A_parameterised_trigger_cannot_be_fired_without_its_argument()
    {
        var (machine, _, _) = KeyedDoor();

        var error = Assert.Throws<InvalidOperationException>(() => machine.Fire(DoorAction.Unlock));

        Assert.Contains("Visitor", error.Message, StringComparison.Ordinal);
        Assert.Equal(Door.Locked, machine.State);
    }
}
