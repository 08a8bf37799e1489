using ItbPlanner.Domain.Protocols;
using Stateless.Graph;
using Stateless.Reflection;

namespace ItbPlanner.Domain.Workflow;

/// <summary>
/// The therapy workflow drawn by Stateless's exporters (<see cref="MermaidGraph"/>, <see cref="UmlDotGraph"/>) from the
/// same configuration that runs it, for <c>itb workflow graph</c> and the golden copies in <c>docs/</c>. Guard
/// descriptions carry the protocol's numbers for the population and origin drawn (by default an adult course of spinal
/// origin). Line ends are <c>\n</c> and the text ends with one, so the output is the same on every platform.
/// </summary>
public static class TherapyWorkflowDiagram
{
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    /// <summary>The workflow as a Mermaid state diagram.</summary>
    public static string Mermaid(Protocol protocol, Population population = Population.Adult, TitrationOrigin origin = TitrationOrigin.Spinal) =>
        Text(MermaidGraph.Format(Describe(protocol, population, origin)));

    /// <summary>The workflow as a Graphviz DOT graph.</summary>
    public static string Dot(Protocol protocol, Population population = Population.Adult, TitrationOrigin origin = TitrationOrigin.Spinal) =>
        Text(UmlDotGraph.Format(Describe(protocol, population, origin)));

    private static StateMachineInfo Describe(Protocol protocol, Population population, TitrationOrigin origin) =>
        TherapyCourse.Open(protocol, population, origin, Epoch).DescribeWorkflow();

    private static string Text(string graph) => graph.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}
