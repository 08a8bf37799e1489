namespace ItbPlanner.App.Tests.Tui;

public sealed class NonInteractiveTests : IDisposable
{
    private readonly TuiHarness tui = new();

    [Theory]
    [InlineData(false, null, null)]
    [InlineData(true, "dumb", null)]
    [InlineData(true, "xterm-256color", "true")]
    public void Without_an_interactive_terminal_itb_prints_one_line_pointing_at_the_commands_and_exits_2(bool interactive, string? term, string? ci)
    {
        var variables = new Dictionary<string, string> { ["USER"] = "nurse" };
        if (term is not null)
        {
            variables["TERM"] = term;
        }

        if (ci is not null)
        {
            variables["CI"] = ci;
        }

        var session = tui.Run(_ => { }, variables, interactive);

        Assert.Equal(2, session.ExitCode);
        Assert.Equal(string.Empty, session.Out);
        var line = Assert.Single(session.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("itb --help", line, StringComparison.Ordinal);
        Assert.False(session.Entered);
        Assert.False(File.Exists(tui.Database));
    }

    [Fact]
    public void An_interactive_terminal_opens_the_home_screen_and_quitting_leaves_it_clean()
    {
        var session = tui.Ok(keys => keys.Choose("Quit"));

        Assert.Contains("ItbPlanner · Home", session.Screen, StringComparison.Ordinal);
        Assert.Contains("No patients yet", session.Screen, StringComparison.Ordinal);
        Assert.True(session.Entered && session.Left);
    }

    public void Dispose() => tui.Dispose();
}
