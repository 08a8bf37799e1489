using System.Text;

namespace ItbPlanner.Domain.StateMachines;

/// <summary>
/// Writes a machine's configuration as a Mermaid <c>stateDiagram-v2</c>: superstates as composite states, every
/// transition labelled with its trigger and its guards' descriptions in brackets. Pure and deterministic (enum order,
/// <c>\n</c> line ends), so the output can be kept as a golden file.
/// </summary>
public static class MermaidGraph
{
    private const string Indent = "    ";

    /// <summary>The diagram text, ending with a line break.</summary>
    public static string Format<TState, TTrigger>(StateMachineInfo<TState, TTrigger> info)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(info);
        var text = new StringBuilder("stateDiagram-v2\n");
        WriteStates(info, text, null, 1);
        text.Append(Indent).Append("[*] --> ").Append(info.InitialState).Append('\n');
        foreach (var transition in info.Transitions)
        {
            text.Append(Indent)
                .Append(transition.Source).Append(" --> ").Append(transition.Destination)
                .Append(" : ").Append(transition.Trigger);
            foreach (var guard in transition.GuardDescriptions)
            {
                text.Append(" [").Append(Sanitize(guard)).Append(']');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static void WriteStates<TState, TTrigger>(StateMachineInfo<TState, TTrigger> info, StringBuilder text, TState? parent, int depth)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var indent = string.Concat(Enumerable.Repeat(Indent, depth));
        foreach (var state in info.ChildrenOf(parent))
        {
            if (info.ChildrenOf(state.State).Count == 0)
            {
                text.Append(indent).Append(state.State).Append('\n');
                continue;
            }

            text.Append(indent).Append("state ").Append(state.State).Append(" {\n");
            WriteStates(info, text, state.State, depth + 1);
            text.Append(indent).Append("}\n");
        }
    }

    /// <summary>Keeps a label on one line and away from Mermaid's statement separator and entity codes.</summary>
    private static string Sanitize(string label) =>
        label.Replace('\r', ' ').Replace('\n', ' ').Replace(';', ',').Replace('#', ' ').Replace(':', ' ');
}
