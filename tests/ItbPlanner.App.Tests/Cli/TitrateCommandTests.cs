namespace ItbPlanner.App.Tests.Cli;

public class TitrateCommandTests
{
    private static CliHarness.Result Titrate(params string[] args) => CliHarness.Run(["titrate", .. args]);

    [Fact]
    public void Acceptance_spinal_100_to_300_at_20_percent()
    {
        var result = Titrate("--from", "100mcg/day", "--to", "300mcg/day", "--origin", "spinal", "--step", "20%", "--start", "2026-11-21", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var json = result.Json;
        Assert.Equal("spinal", json.GetProperty("origin").GetString());
        var steps = json.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal("2026-11-22", steps[0].GetProperty("date").GetString());
        Assert.Equal(300m, steps[^1].GetProperty("doseMcgPerDay").GetDecimal());
        Assert.All(steps[..^1], s => Assert.True(s.GetProperty("changePercent").GetDecimal() <= 20m));
        Assert.True(steps[^1].GetProperty("changePercent").GetDecimal() <= 30m, "the merged last step stays within the spinal maximum");
        Assert.Equal([120m, 144m, 172.8m, 207.3m, 248.7m, 300m], steps.Select(s => s.GetProperty("doseMcgPerDay").GetDecimal()));
        Assert.Equal(0, json.GetProperty("alerts").GetArrayLength());
        Assert.True(json.GetProperty("working").GetArrayLength() > 3);
    }

    [Fact]
    public void Acceptance_cerebral_with_20_percent_exits_3()
    {
        var result = Titrate("--from", "100mcg/day", "--to", "300mcg/day", "--origin", "cerebral", "--step", "20%", "--start", "2026-11-21", "--json");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("STEP_ABOVE_PROTOCOL_LIMIT", result.Json.GetProperty("blockedBy").GetString()); // issue 9, item 16
        Assert.StartsWith("error: STEP_ABOVE_PROTOCOL_LIMIT", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_below_the_origins_minimum_exits_3()
    {
        var result = Titrate("--from", "100mcg/day", "--to", "300mcg/day", "--origin", "spinal", "--step", "5%");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("STEP_BELOW_PROTOCOL_MINIMUM", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decreases_have_negative_changes()
    {
        var result = Titrate("--from", "300mcg/day", "--to", "200mcg/day", "--origin", "cerebral", "--start", "2026-11-21", "--json");

        var steps = result.Json.GetProperty("steps").EnumerateArray().ToList();
        Assert.All(steps, s => Assert.InRange(s.GetProperty("changePercent").GetDecimal(), -20m, -0.000001m));
        Assert.Equal(200m, steps[^1].GetProperty("doseMcgPerDay").GetDecimal());
    }

    [Fact]
    public void A_target_above_the_usual_range_warns_and_above_the_ceiling_exits_3()
    {
        var warned = Titrate("--from", "700mcg/day", "--to", "900mcg/day", "--origin", "spinal", "--json");
        Assert.Equal(0, warned.ExitCode);
        var alert = Assert.Single(warned.Json.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "DOSE_ABOVE_USUAL_RANGE");
        Assert.Equal("warning", alert.GetProperty("severity").GetString());

        var blocked = Titrate("--from", "1900mcg/day", "--to", "2100mcg/day", "--origin", "spinal", "--json");
        Assert.Equal(3, blocked.ExitCode);
        Assert.StartsWith("error: DOSE_ABOVE_HARD_LIMIT", Assert.Single(blocked.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pediatric_origin_uses_childrens_limits_unless_a_population_is_given()
    {
        Assert.Equal(3, Titrate("--from", "1000mcg/day", "--to", "1200mcg/day", "--origin", "pediatric").ExitCode);
        var adult = Titrate("--from", "1000mcg/day", "--to", "1200mcg/day", "--origin", "pediatric", "--population", "adult", "--json");
        Assert.Equal(0, adult.ExitCode);
        Assert.Equal("adult", adult.Json.GetProperty("population").GetString());
    }

    [Theory]
    [InlineData("--origin", "spinal", "--step", "twenty")]
    [InlineData("--origin", "lumbar")]
    [InlineData("--origin", "spinal", "--start", "tomorrow")]
    public void Bad_options_exit_2_with_one_line(params string[] args)
    {
        var result = Titrate(["--from", "100mcg/day", "--to", "200mcg/day", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void Origin_is_required()
    {
        var result = Titrate("--from", "100mcg/day", "--to", "200mcg/day");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--origin", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_json_it_prints_a_day_by_day_table()
    {
        var result = Titrate("--from", "100mcg/day", "--to", "300mcg/day", "--origin", "spinal", "--start", "2026-11-21");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2026-11-27", result.Out, StringComparison.Ordinal);
        Assert.Contains("+20 %", result.Out, StringComparison.Ordinal);
        Assert.Contains("Working", result.Out, StringComparison.Ordinal);
    }
}
