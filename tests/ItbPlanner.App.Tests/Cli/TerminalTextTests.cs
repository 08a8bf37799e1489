namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// Text typed into the log (a label, a note, a reason) is shown on a terminal with its control characters escaped: a
/// label such as <c>A\e[2J\e]0;x\aB</c> must not clear the screen, retitle the window or hide a CRITICAL line.
/// </summary>
public sealed class TerminalTextTests : IDisposable
{
    private const string Hostile = "A\u001b[2J\u001b]0;x\u0007B\u202Eevil";
    private readonly LogCli cli = new();

    public TerminalTextTests()
    {
        cli.Ok("patient", "add", "--id", "P1", "--population", "adult", "--origin", "spinal", "--label", Hostile, "--at", "2026-11-01T09:00");
        cli.ImplantP1();
        cli.Ok("log", "record", "note", "--patient", "P1", "--text", "seen " + Hostile, "--reason", Hostile, "--at", "2026-11-20T10:00");
    }

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("patient", "list")]
    [InlineData("patient", "show", "--id", "P1")]
    [InlineData("log", "show", "--patient", "P1")]
    [InlineData("schedule")]
    [InlineData("log", "record", "note", "--patient", "P1", "--text", Hostile)]
    public void Text_from_the_log_is_shown_with_its_control_characters_escaped(params string[] args)
    {
        var result = cli.Ok(args);

        Assert.DoesNotContain('\u001b', result.Out + result.Error);
        Assert.DoesNotContain('\u0007', result.Out + result.Error);
        Assert.DoesNotContain('\u202E', result.Out + result.Error);
        Assert.Contains(@"A\e[2J\e]0;x\u0007B", result.Out.Replace("\n", string.Empty, StringComparison.Ordinal).Replace("│", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_keeps_the_text_exactly_as_recorded()
    {
        var json = cli.Ok("patient", "show", "--id", "P1", "--json").Json;

        Assert.Equal(Hostile, json.GetProperty("patient").GetProperty("label").GetString());
    }

    [Fact]
    public void The_html_report_forbids_scripts_and_fetches()
    {
        var report = cli.PathOf("p1.html");

        cli.Ok("report", "--patient", "P1", "--out", report);

        var html = File.ReadAllText(report);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", html, StringComparison.Ordinal);
    }
}
