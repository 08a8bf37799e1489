namespace ItbPlanner.App.Tests.Cli;

/// <summary>Reading commands never create a log: on a path with none they say so in one line and exit 2.</summary>
public sealed class MissingLogTests : IDisposable
{
    private readonly LogCli cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("log", "verify")]
    [InlineData("log", "show", "--patient", "P1")]
    [InlineData("log", "export", "--patient", "P1", "--format", "json")]
    [InlineData("log", "chart", "--patient", "P1")]
    [InlineData("schedule")]
    [InlineData("report", "--patient", "P1", "--out", "review.html")]
    [InlineData("patient", "show", "--id", "P1")]
    [InlineData("patient", "list")]
    [InlineData("reconcile", "--patient", "P1", "--aspirated", "2mL")]
    public void A_reading_command_on_a_missing_log_exits_2_and_creates_no_file(params string[] args)
    {
        var result = cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains($"no log at {cli.Database}", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
        Assert.False(File.Exists(cli.Database));
    }

    [Fact]
    public void A_recording_command_creates_the_log()
    {
        cli.RegisterP1();

        Assert.True(File.Exists(cli.Database));
        Assert.Equal(0, cli.Run("log", "verify").ExitCode);
    }
}
