using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

public class WorkflowCommandTests
{
    private static string Golden(string name) => File.ReadAllText(RepositoryPaths.Combine("docs", name)).ReplaceLineEndings("\n");

    [Fact]
    public void Graph_prints_the_mermaid_golden_copy_on_the_bundled_protocol()
    {
        var result = CliHarness.Run("workflow", "graph");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Golden("workflow.mmd"), result.Out);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Graph_prints_the_dot_golden_copy_on_request()
    {
        var result = CliHarness.Run("workflow", "graph", "--format", "dot");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Golden("workflow.dot"), result.Out);
        Assert.Equal(Golden("workflow.mmd"), CliHarness.Run("workflow", "graph", "--format", "mermaid").Out);
    }

    [Fact]
    public void An_unknown_format_exits_2_with_one_line()
    {
        var result = CliHarness.Run("workflow", "graph", "--format", "svg");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("mermaid|dot", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_new_commands()
    {
        var help = CliHarness.Run("--help").Out;

        foreach (var command in new[] { "screening", "start-dose", "titrate", "maintenance-change", "workflow" })
        {
            Assert.Contains(command, help, StringComparison.Ordinal);
        }
    }
}
