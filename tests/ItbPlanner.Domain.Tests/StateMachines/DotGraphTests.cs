using ItbPlanner.Domain.StateMachines;

namespace ItbPlanner.Domain.Tests.StateMachines;

public sealed class DotGraphTests
{
    [Fact]
    public void Draws_superstates_as_clusters_and_labels_edges_with_triggers_and_guards()
    {
        var expected = """
            digraph "Door" {
                compound=true;
                rankdir=LR;
                node [shape=box, style=rounded];
                "[*]" [shape=point];
                "Broken";
                subgraph "cluster_Intact" {
                    label="Intact";
                    "Intact" [shape=point, style=invis];
                    "Closed";
                    "Open";
                    "Locked";
                }
                "[*]" -> "Closed";
                "Closed" -> "Open" [label="Open"];
                "Closed" -> "Locked" [label="Lock\n[the key is at hand]"];
                "Open" -> "Closed" [label="Close"];
                "Locked" -> "Closed" [label="Unlock"];
                "Locked" -> "Locked" [label="Knock"];
                "Broken" -> "Closed" [label="Repair"];
                "Intact" -> "Broken" [label="Kick", ltail="cluster_Intact"];
            }

            """.ReplaceLineEndings("\n");

        Assert.Equal(expected, DotGraph.Format(DoorMachines.Configured().GetInfo()));
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_of_configuration()
    {
        Assert.Equal(
            DotGraph.Format(DoorMachines.Configured().GetInfo()),
            DotGraph.Format(DoorMachines.ConfiguredBackwards().GetInfo()));
    }

    [Fact]
    public void Quotes_and_backslashes_in_guards_are_escaped()
    {
        var machine = new StateMachine<Door, DoorAction>(Door.Closed);
        machine.Configure(Door.Closed).PermitIf(DoorAction.Open, Door.Open, "say \"open\" \\ twice", () => true);

        Assert.Contains("[label=\"Open\\n[say \\\"open\\\" \\\\ twice]\"]", DotGraph.Format(machine.GetInfo()), StringComparison.Ordinal);
    }
}
