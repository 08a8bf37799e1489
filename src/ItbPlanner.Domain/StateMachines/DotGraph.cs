using System.Text;

namespace ItbPlanner.Domain.StateMachines;

/// <summary>
/// Writes a machine's configuration in Graphviz DOT: superstates as clusters (their own transitions leave the cluster's
/// border), every edge labelled with its trigger and its guards' descriptions in brackets. Pure and deterministic (enum
/// order, <c>\n</c> line ends), so the output can be kept as a golden file.
/// </summary>
public static class DotGraph
{
    private const string Indent = "    ";

    /// <summary>The graph text, ending with a line break.</summary>
    public static string Format<TState, TTrigger>(StateMachineInfo<TState, TTrigger> info)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(info);
        var superstates = info.States.Where(s => info.ChildrenOf(s.State).Count > 0).Select(s => s.State).ToHashSet();
        var text = new StringBuilder();
        text.Append("digraph ").Append(Quote(typeof(TState).Name)).Append(" {\n");
        text.Append(Indent).Append("compound=true;\n");
        text.Append(Indent).Append("rankdir=LR;\n");
        text.Append(Indent).Append("node [shape=box, style=rounded];\n");
        text.Append(Indent).Append("\"[*]\" [shape=point];\n");
        WriteStates(info, text, null, 1);
        text.Append(Indent).Append("\"[*]\" -> ").Append(Quote(info.InitialState.ToString())).Append(";\n");
        foreach (var transition in info.Transitions)
        {
            var label = new StringBuilder(transition.Trigger.ToString());
            foreach (var guard in transition.GuardDescriptions)
            {
                label.Append("\\n[").Append(Escape(guard)).Append(']');
            }

            text.Append(Indent)
                .Append(Quote(transition.Source.ToString())).Append(" -> ").Append(Quote(transition.Destination.ToString()))
                .Append(" [label=\"").Append(label).Append('"');
            if (superstates.Contains(transition.Source))
            {
                text.Append(", ltail=").Append(Quote("cluster_" + transition.Source));
            }

            if (superstates.Contains(transition.Destination))
            {
                text.Append(", lhead=").Append(Quote("cluster_" + transition.Destination));
            }

            text.Append("];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static void WriteStates<TState, TTrigger>(StateMachineInfo<TState, TTrigger> info, StringBuilder text, TState? parent, int depth)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var indent = string.Concat(Enumerable.Repeat(Indent, depth));
        foreach (var state in info.ChildrenOf(parent))
        {
            var name = state.State.ToString();
            if (info.ChildrenOf(state.State).Count == 0)
            {
                text.Append(indent).Append(Quote(name)).Append(";\n");
                continue;
            }

            text.Append(indent).Append("subgraph ").Append(Quote("cluster_" + name)).Append(" {\n");
            text.Append(indent).Append(Indent).Append("label=").Append(Quote(name)).Append(";\n");
            text.Append(indent).Append(Indent).Append(Quote(name)).Append(" [shape=point, style=invis];\n");
            WriteStates(info, text, state.State, depth + 1);
            text.Append(indent).Append("}\n");
        }
    }

    private static string Quote(string id) => "\"" + Escape(id) + "\"";

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
}
