namespace ItbPlanner.App.Tests.Cli;

public class GeneralCliTests
{
    [Fact]
    public void Version_prints_and_exits_0()
    {
        var result = CliHarness.Run("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var result = CliHarness.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("refill", result.Out, StringComparison.Ordinal);
        Assert.Contains("convert", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_for_a_command_works_without_its_required_options()
    {
        var result = CliHarness.Run("refill", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--concentration", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_exits_2_with_one_line()
    {
        var result = CliHarness.Run("refil");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
