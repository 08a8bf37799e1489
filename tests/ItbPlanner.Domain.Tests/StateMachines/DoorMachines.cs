using ItbPlanner.Domain.StateMachines;

namespace ItbPlanner.Domain.Tests.StateMachines;

/// <summary>The same door machine configured in two different orders, for the diagram tests.</summary>
internal static class DoorMachines
{
    public static StateMachine<Door, DoorAction> Configured()
    {
        var machine = new StateMachine<Door, DoorAction>(Door.Closed);
        machine.Configure(Door.Intact).Permit(DoorAction.Kick, Door.Broken);
        machine.Configure(Door.Closed).SubstateOf(Door.Intact)
            .Permit(DoorAction.Open, Door.Open)
            .PermitIf(DoorAction.Lock, Door.Locked, "the key is at hand", () => true)
            .Ignore(DoorAction.Close);
        machine.Configure(Door.Open).SubstateOf(Door.Intact).Permit(DoorAction.Close, Door.Closed);
        machine.Configure(Door.Locked).SubstateOf(Door.Intact).Permit(DoorAction.Unlock, Door.Closed).PermitReentry(DoorAction.Knock);
        machine.Configure(Door.Broken).Permit(DoorAction.Repair, Door.Closed);
        return machine;
    }

    public static StateMachine<Door, DoorAction> ConfiguredBackwards()
    {
        var machine = new StateMachine<Door, DoorAction>(Door.Closed);
        machine.Configure(Door.Broken).Permit(DoorAction.Repair, Door.Closed);
        machine.Configure(Door.Locked).PermitReentry(DoorAction.Knock).Permit(DoorAction.Unlock, Door.Closed).SubstateOf(Door.Intact);
        machine.Configure(Door.Open).Permit(DoorAction.Close, Door.Closed).SubstateOf(Door.Intact);
        machine.Configure(Door.Closed)
            .Ignore(DoorAction.Close)
            .PermitIf(DoorAction.Lock, Door.Locked, "the key is at hand", () => true)
            .Permit(DoorAction.Open, Door.Open)
            .SubstateOf(Door.Intact);
        machine.Configure(Door.Intact).Permit(DoorAction.Kick, Door.Broken);
        return machine;
    }
}
