using ItbPlanner.App.Cli;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>Issue 13 item 2: a command line builds only the top-level command it names.</summary>
public sealed class CommandCatalogTests
{
    private static readonly CliEnvironment Quiet = new() { Out = TextWriter.Null, Error = TextWriter.Null };

    [Fact]
    public void Each_catalogue_name_is_the_name_of_the_command_its_factory_builds()
    {
        var built = ItbCli.Build(Quiet).Subcommands.Select(c => c.Name);

        Assert.Equal(CommandCatalog.Commands.Select(c => c.Name), built);
    }

    [Theory]
    [InlineData("refill", "refill --pump synchromed-ii-40 --json")]
    [InlineData("log", "log record note --patient P1 --text hello")]
    [InlineData("db", "db init --db postgresql://anna@db/itb")]
    [InlineData("convert", "convert 0.186mg/day --to mcg/h --help")]
    public void A_line_whose_first_word_is_a_command_builds_that_command_alone(string command, string line)
    {
        var root = ItbCli.Build(Quiet, args: line.Split(' '));

        Assert.Equal([command], root.Subcommands.Select(c => c.Name));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("refil --json")]
    [InlineData("--db /tmp/itb.db refill")]
    [InlineData("--version --help")]
    public void Help_a_mistyped_command_and_options_before_the_command_build_every_command(string line)
    {
        var root = ItbCli.Build(Quiet, args: line.Split(' '));

        Assert.Equal(CommandCatalog.Commands.Count, root.Subcommands.Count);
    }

    [Fact]
    public void The_version_alone_and_the_bedside_app_build_no_command()
    {
        Assert.Empty(ItbCli.Build(Quiet, args: ["--version"]).Subcommands);
        Assert.Empty(ItbCli.Build(Quiet, args: []).Subcommands);
    }

    [Fact]
    public void A_mistyped_command_is_still_a_one_line_error_with_exit_2()
    {
        var result = CliHarness.Run("refil", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
