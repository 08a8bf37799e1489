using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.Application.Workflow;

/// <summary>Draws the therapy workflow from the state machine that runs it, guards labelled with the protocol's numbers.</summary>
/// <param name="protocol">The protocol in force.</param>
public sealed class DrawWorkflow(Protocol protocol)
{
    /// <summary>The state diagram in Mermaid.</summary>
    public string Mermaid() => TherapyWorkflowDiagram.Mermaid(protocol);

    /// <summary>The state diagram in Graphviz DOT.</summary>
    public string Dot() => TherapyWorkflowDiagram.Dot(protocol);
}
