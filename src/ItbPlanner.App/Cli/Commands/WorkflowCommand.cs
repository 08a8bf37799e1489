using System.CommandLine;
using ItbPlanner.App.Cli.Options;
using ItbPlanner.Application.Workflow;

namespace ItbPlanner.App.Cli.Commands;

/// <summary><c>itb workflow graph [--format mermaid|dot]</c>: the therapy workflow drawn from the code that runs it.</summary>
internal static class WorkflowCommand
{
    /// <summary>The diagram formats.</summary>
    internal enum GraphFormat
    {
        /// <summary>A Mermaid state diagram.</summary>
        Mermaid = 1,

        /// <summary>A Graphviz DOT graph.</summary>
        Dot = 2,
    }

    /// <summary>Builds the command group.</summary>
    public static Command Create(CliEnvironment environment, GlobalOptions globals)
    {
        var command = new Command("workflow", "The therapy workflow from candidate to maintenance.");
        command.Subcommands.Add(Graph(environment, globals));
        return command;
    }

    private static Command Graph(CliEnvironment environment, GlobalOptions globals)
    {
        var format = new Option<GraphFormat>("--format")
        {
            Description = "mermaid (default) or dot.",
            HelpName = EnumOption.Choices<GraphFormat>(),
            DefaultValueFactory = _ => GraphFormat.Mermaid,
            CustomParser = result => EnumOption.Parse(result, "--format", GraphFormat.Mermaid),
        };
        var command = new Command("graph", "Print the workflow's state diagram (phases, actions, and the protocol's guards), drawn for an adult course of spinal origin.")
        {
            format,
        };

        CommandAction.Set<DrawWorkflow>(command, environment, globals, (context, useCase) =>
        {
            context.Out.Write(context.Get(format) == GraphFormat.Dot ? useCase.Dot() : useCase.Mermaid());
            return ExitCodes.Ok;
        });
        return command;
    }
}
