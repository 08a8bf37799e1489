using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.StateMachines;

namespace ItbPlanner.Domain.Workflow;

/// <summary>
/// The therapy workflow drawn from the same configuration that runs it, for <c>itb workflow graph</c> and the golden
/// copies in <c>docs/</c>. Guard descriptions carry the protocol's numbers for the population and origin drawn
/// (by default an adult course of spinal origin).
/// </summary>
public static class TherapyWorkflowDiagram
{
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    /// <summary>The workflow as a Mermaid state diagram.</summary>
    public static string Mermaid(Protocol protocol, Population population = Population.Adult, TitrationOrigin origin = TitrationOrigin.Spinal) =>
        MermaidGraph.Format(Describe(protocol, population, origin));

    /// <summary>The workflow as a Graphviz DOT graph.</summary>
    public static string Dot(Protocol protocol, Population population = Population.Adult, TitrationOrigin origin = TitrationOrigin.Spinal) =>
        DotGraph.Format(Describe(protocol, population, origin));

    private static StateMachineInfo<TherapyPhase, TherapyAction> Describe(Protocol protocol, Population population, TitrationOrigin origin) =>
        TherapyCourse.Open(protocol, population, origin, Epoch).DescribeWorkflow();
}
