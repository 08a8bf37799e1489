using ItbPlanner.Domain.Workflow;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Workflow;

/// <summary>
/// The diagrams in docs/ are drawn by Stateless's exporters from the workflow's own configuration. After a deliberate change to the
/// workflow, regenerate them with <c>ITB_UPDATE_GOLDEN=1 dotnet test --filter TherapyWorkflowDiagramTests</c> and review the diff.
/// </summary>
public sealed class TherapyWorkflowDiagramTests
{
    [Fact]
    public void The_mermaid_golden_copy_matches_the_workflow()
    {
        AssertGolden(RepositoryPaths.Combine("docs", "workflow.mmd"), TherapyWorkflowDiagram.Mermaid(TestProtocols.Default()));
    }

    [Fact]
    public void The_dot_golden_copy_matches_the_workflow()
    {
        AssertGolden(RepositoryPaths.Combine("docs", "workflow.dot"), TherapyWorkflowDiagram.Dot(TestProtocols.Default()));
    }

    [Fact]
    public void The_diagram_draws_every_phase_every_transition_and_the_guards()
    {
        var mermaid = TherapyWorkflowDiagram.Mermaid(TestProtocols.Default());

        Assert.All(Enum.GetNames<TherapyPhase>(), phase => Assert.Contains(phase, mermaid, StringComparison.Ordinal));
        Assert.StartsWith("stateDiagram-v2\n", mermaid, StringComparison.Ordinal);
        Assert.EndsWith("\n[*] --> Candidate\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("\tstate ImplantedPhases {\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("\tImplantedPhases --> WithdrawalEmergency : DeclareWithdrawalEmergency\n", mermaid, StringComparison.Ordinal);
        Assert.Contains(
            "\tScreeningScheduled --> BolusGiven : GiveScreeningBolus [a baseline assessment is recorded before the bolus] [the bolus is drawn from the screening strength of 50 mcg/mL] [the dose is the next one in the population's screening schedule (a child's first may be 25 mcg)] [no bolus above the screening maximum of 100 mcg] [at least 24 h after the previous bolus]\n",
            mermaid,
            StringComparison.Ordinal);
        Assert.Contains("\tObserving --> NotACandidate : RecordScreeningOutcome [the response was inadequate] [no further bolus remains in the schedule]\n", mermaid, StringComparison.Ordinal);
        Assert.Equal(mermaid, TherapyWorkflowDiagram.Mermaid(TestProtocols.Default()));
    }

    [Fact]
    public void The_diagram_draws_refills_program_transfers_and_alarm_acknowledgements_with_their_conditions()
    {
        var mermaid = TherapyWorkflowDiagram.Mermaid(TestProtocols.Default());
        var dot = TherapyWorkflowDiagram.Dot(TestProtocols.Default());

        Assert.Contains("\tImplantedPhases --> ImplantedPhases : Refill [a pump is implanted]\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("\tWithdrawalEmergency --> WithdrawalEmergency : Refill [a pump is implanted (an empty reservoir may be the emergency's cause)]\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("\tWithdrawalEmergency --> WithdrawalEmergency : TransferProgram [a pump is implanted]\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("\tExplanted --> Explanted : AcknowledgeAlarm [the alarm is open (raised and not yet acknowledged)]\n", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("Function", mermaid, StringComparison.Ordinal);
        Assert.StartsWith("digraph {\n", dot, StringComparison.Ordinal);
        Assert.Contains("\"WithdrawalEmergency\" -> \"WithdrawalEmergency\" [style=\"solid\", label=\"Refill [a pump is implanted (an empty reservoir may be the emergency's cause)]\"];\n", dot, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", mermaid + dot, StringComparison.Ordinal);
    }

    private static void AssertGolden(string path, string generated)
    {
        if (Environment.GetEnvironmentVariable("ITB_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing: generate it with ITB_UPDATE_GOLDEN=1.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), generated);
    }
}
