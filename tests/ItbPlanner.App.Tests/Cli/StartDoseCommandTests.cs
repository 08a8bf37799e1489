namespace ItbPlanner.App.Tests.Cli;

public class StartDoseCommandTests
{
    private static CliHarness.Result StartDose(params string[] args) => CliHarness.Run(["start-dose", .. args, "--json"]);

    [Theory]
    [InlineData("50mcg", "6", 100, "double-screening-dose")]
    [InlineData("50mcg", "10", 50, "screening-dose-long-effect")]
    [InlineData("75mcg", "8", 150, "double-screening-dose")]
    [InlineData("0.05mg", "8h", 100, "double-screening-dose")]
    public void Acceptance_examples(string dose, string hours, decimal expected, string rule)
    {
        var result = StartDose("--screening-dose", dose, "--effect-hours", hours);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Json.GetProperty("startDoseMcgPerDay").GetDecimal());
        Assert.Equal(rule, result.Json.GetProperty("rule").GetString());
        Assert.True(result.Json.GetProperty("working").GetArrayLength() >= 3);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void An_adverse_reaction_takes_precedence()
    {
        var result = StartDose("--screening-dose", "50mcg", "--effect-hours", "10", "--adverse-reaction");

        Assert.Equal(50m, result.Json.GetProperty("startDoseMcgPerDay").GetDecimal());
        Assert.Equal("screening-dose-adverse-reaction", result.Json.GetProperty("rule").GetString());
        Assert.True(result.Json.GetProperty("adverseReaction").GetBoolean());
    }

    [Theory]
    [InlineData("--screening-dose", "50", "--effect-hours", "6")]
    [InlineData("--screening-dose", "50mcg/mL", "--effect-hours", "6")]
    [InlineData("--screening-dose", "50mcg", "--effect-hours", "-1")]
    [InlineData("--screening-dose", "50mcg", "--effect-hours", "six")]
    public void Impossible_inputs_exit_2_with_one_line(params string[] args)
    {
        var result = StartDose(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Both_options_are_required()
    {
        Assert.Equal(2, StartDose("--screening-dose", "50mcg").ExitCode);
        Assert.Equal(2, StartDose("--effect-hours", "6").ExitCode);
    }

    [Fact]
    public void A_bolus_above_the_screening_maximum_exits_3()
    {
        var result = StartDose("--screening-dose", "150mcg", "--effect-hours", "6");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("error: SCREENING_BOLUS_ABOVE_MAXIMUM", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_json_it_prints_the_dose_rule_and_working()
    {
        var result = CliHarness.Run("start-dose", "--screening-dose", "50mcg", "--effect-hours", "6");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("100 mcg/day", result.Out, StringComparison.Ordinal);
        Assert.Contains("double-screening-dose", result.Out, StringComparison.Ordinal);
        Assert.Contains("Working", result.Out, StringComparison.Ordinal);
    }
}
