namespace ItbPlanner.Domain.Tests.StateMachines;

/// <summary>A small machine for the state-machine tests: a door that is intact (closed, open, locked) or broken.</summary>
public enum Door
{
    Closed = 1,
    Open = 2,
    Locked = 3,
    Broken = 4,
    Intact = 10,
}

public enum DoorAction
{
    Open = 1,
    Close = 2,
    Lock = 3,
    Unlock = 4,
    Kick = 5,
    Repair = 6,
    Knock = 7,
}
