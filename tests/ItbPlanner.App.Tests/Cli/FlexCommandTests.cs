using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

public class FlexCommandTests
{
    private static readonly CliHarness.Options InCode = new() { Protocol = TestProtocols.Default() };

    private static CliHarness.Result Flex(params string[] extra) => CliHarness.RunWith(InCode, ["flex", "--concentration", "500mcg/mL", .. extra]);

    [Fact]
    public void Three_steps_total_176_mcg_a_day_and_0_352_mL_a_day()
    {
        var result = Flex("--step", "00:00 10mcg/h", "--step", "06:00 6mcg/h", "--step", "22:00 10mcg/h", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal(176m, json.GetProperty("dailyDoseMcgPerDay").GetDecimal());
        Assert.Equal(0.352m, json.GetProperty("dailyVolumeMlPerDay").GetDecimal());
        var steps = json.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(["00:00", "06:00", "22:00"], steps.Select(s => s.GetProperty("start").GetString()));
        Assert.Equal(["06:00", "22:00", "24:00"], steps.Select(s => s.GetProperty("end").GetString()));
        Assert.Equal([60m, 96m, 20m], steps.Select(s => s.GetProperty("doseMcg").GetDecimal()));
        Assert.Equal(16m, steps[1].GetProperty("hours").GetDecimal());
        Assert.Equal("6 mcg/h", steps[1].GetProperty("rate").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, json.GetProperty("alerts").ValueKind);
        Assert.True(json.GetProperty("working").GetArrayLength() >= 5);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void A_daily_dose_typed_as_an_hourly_rate_exits_3_naming_both_codes()
    {
        var result = Flex("--step", "00:00 400mcg/h", "--json");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(3, result.Json.GetProperty("alerts").GetArrayLength()); // issue 9, item 16: every finding on stdout too
        Assert.Single(result.ErrorLines);
        Assert.Contains("DOSE_ABOVE_HARD_LIMIT", result.Error, StringComparison.Ordinal);
        Assert.Contains("HOURLY_DOSE_ABOVE_BOLUS_LIMIT", result.Error, StringComparison.Ordinal);
        Assert.Contains("RATE_LOOKS_LIKE_DAILY_DOSE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_steps_for_the_pump_and_a_steep_jump_are_alerts()
    {
        var steps = Enumerable.Range(0, 14).SelectMany(h => new[] { "--step", $"{h:00}:00 {(h == 5 ? 12 : 5)}mcg/h" }).ToArray();

        var json = Flex([.. steps, "--pump", "synchromed-ii-40", "--json"]).Json;

        var codes = json.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("code").GetString()).ToArray();
        Assert.Contains("TOO_MANY_STEPS", codes);
        Assert.Contains("STEP_JUMP_ABOVE_LIMIT", codes);
        Assert.Equal(13, json.GetProperty("stepLimit").GetInt32());
    }

    [Fact]
    public void Without_json_it_prints_the_steps_and_the_total()
    {
        var result = Flex("--step", "00:00 10mcg/h", "--step", "06:00 6mcg/h", "--step", "22:00 10mcg/h");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("176 mcg/day", result.Out, StringComparison.Ordinal);
        Assert.Contains("0.352 mL/day", result.Out, StringComparison.Ordinal);
        Assert.Contains("24:00", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not from midnight", "--step", "06:00 10mcg/h")]
    [InlineData("repeated time", "--step", "00:00 10mcg/h", "--step", "06:00 6mcg/h", "--step", "06:00 8mcg/h")]
    [InlineData("out of order", "--step", "00:00 10mcg/h", "--step", "22:00 6mcg/h", "--step", "06:00 8mcg/h")]
    [InlineData("no unit", "--step", "00:00 10")]
    [InlineData("volume rate", "--step", "00:00 10mL/day")]
    [InlineData("bad time", "--step", "25:00 10mcg/h")]
    [InlineData("zero rate", "--step", "00:00 0mcg/h")]
    [InlineData("no steps")]
    [InlineData("unknown pump", "--step", "00:00 10mcg/h", "--pump", "nope")]
    [InlineData("bad population", "--step", "00:00 10mcg/h", "--population", "baby")]
    public void Invalid_input_exits_2_with_one_line_and_nothing_on_stdout(string because, params string[] extra)
    {
        var result = Flex(extra);

        Assert.True(result.ExitCode == 2, $"{because}: exit {result.ExitCode}, {result.Error}");
        Assert.Equal(string.Empty, result.Out);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void A_missing_concentration_exits_2()
    {
        var result = CliHarness.RunWith(InCode, "flex", "--step", "00:00 10mcg/h");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--concentration", result.Error, StringComparison.Ordinal);
    }
}
