using ItbPlanner.Domain.StateMachines;

namespace ItbPlanner.Domain.Tests.StateMachines;

public sealed class MermaidGraphTests
{
    [Fact]
    public void Draws_superstates_as_composites_and_labels_edges_with_triggers_and_guards()
    {
        var expected = """
            stateDiagram-v2
                Broken
                state Intact {
                    Closed
                    Open
                    Locked
                }
                [*] --> Closed
                Closed --> Open : Open
                Closed --> Locked : Lock [the key is at hand]
                Open --> Closed : Close
                Locked --> Closed : Unlock
                Locked --> Locked : Knock
                Broken --> Closed : Repair
                Intact --> Broken : Kick

            """.ReplaceLineEndings("\n");

        Assert.Equal(expected, MermaidGraph.Format(DoorMachines.Configured().GetInfo()));
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_of_configuration()
    {
        Assert.Equal(
            MermaidGraph.Format(DoorMachines.Configured().GetInfo()),
            MermaidGraph.Format(DoorMachines.ConfiguredBackwards().GetInfo()));
    }

    [Fact]
    public void Guard_labels_stay_on_one_line_without_statement_separators()
    {
        var machine = new StateMachine<Door, DoorAction>(Door.Closed);
        machine.Configure(Door.Closed).PermitIf(DoorAction.Open, Door.Open, "line one\nline two; #3: done", () => true);

        var edge = MermaidGraph.Format(machine.GetInfo()).Split('\n').Single(l => l.Contains("-->", StringComparison.Ordinal) && !l.Contains("[*]", StringComparison.Ordinal));

        Assert.Equal("    Closed --> Open : Open [line one line two,  3  done]", edge);
    }
}
