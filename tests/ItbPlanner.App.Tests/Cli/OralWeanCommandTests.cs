namespace ItbPlanner.App.Tests.Cli;

public class OralWeanCommandTests
{
    private static CliHarness.Result Wean(params string[] args) => CliHarness.Run(["oral-wean", .. args]);

    [Fact]
    public void From_80_mg_a_day_in_quarter_steps_of_10_mg_tablets_each_step_is_dated_and_the_last_is_zero()
    {
        var result = Wean("--from", "80mg/day", "--step", "25%", "--every", "24h", "--start", "2026-03-02", "--tablet", "10mg", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var json = result.Json;
        Assert.Equal("oral baclofen", json.GetProperty("drug").GetString());
        Assert.Equal(80m, json.GetProperty("fromMgPerDay").GetDecimal());
        Assert.Equal(40m, json.GetProperty("maximumCutMgPerDay").GetDecimal());
        Assert.Equal(1, json.GetProperty("everyDays").GetInt32());
        var steps = json.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"], steps.Select(s => s.GetProperty("date").GetString()));
        Assert.Equal([60m, 40m, 20m, 0m], steps.Select(s => s.GetProperty("dailyDoseMgPerDay").GetDecimal()));
        Assert.All(steps, s => Assert.Equal(25m, s.GetProperty("cutOfStartPercent").GetDecimal()));
        var tablets = Assert.Single(steps[0].GetProperty("tablets").EnumerateArray());
        Assert.Equal((10m, 6), (tablets.GetProperty("strengthMg").GetDecimal(), tablets.GetProperty("count").GetInt32()));
        Assert.Contains(json.GetProperty("working").EnumerateArray(), w => w.GetString()!.Contains("protocol oralWean.maximumStep", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_tablet_strengths_may_follow_one_option_or_repeat_it()
    {
        var repeated = Wean("--from", "45mg/day", "--start", "2026-03-02", "--tablet", "10mg", "--tablet", "5mg", "--json");
        var together = Wean("--from", "45mg/day", "--start", "2026-03-02", "--tablet", "10mg", "5mg", "--json");

        Assert.Equal(0, repeated.ExitCode);
        Assert.Equal(repeated.Out, together.Out);
        Assert.Equal([35m, 25m, 15m, 0m], repeated.Json.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("dailyDoseMgPerDay").GetDecimal()));
    }

    [Fact]
    public void A_step_beyond_the_protocol_limit_exits_3_with_the_refusal_as_json()
    {
        var result = Wean("--from", "80mg/day", "--step", "75%", "--json");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("STEP_ABOVE_PROTOCOL_LIMIT", result.Json.GetProperty("blockedBy").GetString());
        Assert.Equal(80m, result.Json.GetProperty("fromMgPerDay").GetDecimal());
        Assert.StartsWith("error: STEP_ABOVE_PROTOCOL_LIMIT", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_closer_than_the_reassessment_interval_exit_3()
    {
        var result = Wean("--from", "80mg/day", "--every", "12h");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("ORAL_WEAN_STEP_TOO_SOON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tablet_too_large_for_the_step_exits_2_naming_the_option()
    {
        var result = Wean("--from", "20mg/day", "--tablet", "25mg");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --tablet:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dose_without_a_unit_or_of_the_wrong_kind_exits_2()
    {
        Assert.Equal(2, Wean("--from", "80").ExitCode);
        Assert.Equal(2, Wean("--from", "80mg/day", "--tablet", "10mg/day").ExitCode);
    }

    [Fact]
    public void The_table_shows_each_date_the_daily_total_and_the_tablets()
    {
        var result = Wean("--from", "80mg/day", "--start", "2026-03-02", "--tablet", "10mg");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2026-03-05", result.Out, StringComparison.Ordinal);
        Assert.Contains("6 × 10 mg", result.Out, StringComparison.Ordinal);
        Assert.Contains("none (stopped)", result.Out, StringComparison.Ordinal);
    }
}
