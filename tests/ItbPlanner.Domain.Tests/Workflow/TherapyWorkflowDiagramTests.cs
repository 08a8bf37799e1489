using ItbPlanner.Domain.Workflow;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Workflow;

/// <summary>
/// The diagrams in docs/ are generated from the workflow's own configuration. After a deliberate change to the
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
        Assert.Contains("    [*] --> Candidate\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("    state ImplantedPhases {\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("    ImplantedPhases --> WithdrawalEmergency : DeclareWithdrawalEmergency\n", mermaid, StringComparison.Ordinal);
        Assert.Contains(
            "    ScreeningScheduled --> BolusGiven : GiveScreeningBolus [a baseline assessment is recorded before the bolus] [the bolus is drawn from the screening strength of 50 mcg/mL] [the dose is the next one in the population's screening schedule (a child's first may be 25 mcg)] [no bolus above the screening maximum of 100 mcg] [at least 24 h after the previous bolus]\n",
            mermaid,
            StringComparison.Ordinal);
        Assert.Contains("    Observing --> NotACandidate : RecordScreeningOutcome [the response was inadequate] [no further bolus remains in the schedule]\n", mermaid, StringComparison.Ordinal);
        Assert.Equal(mermaid, TherapyWorkflowDiagram.Mermaid(TestProtocols.Default()));
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
