using System.Text.Json;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>Issue 9: hour/day mix-ups, flex against the pump, no tiny last step, large steps at high doses, exact changePercent.</summary>
public class DosingSafetyTests
{
    private static string[] Codes(JsonElement json) =>
        [.. json.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("code").GetString()!)];

    private static void AssertBlocked(CliHarness.Result result, params string[] codes)
    {
        Assert.True(result.ExitCode == 3, $"exit {result.ExitCode}: {result.Error}");
        var line = Assert.Single(result.ErrorLines);
        Assert.All(codes, code => Assert.Contains(code, line, StringComparison.Ordinal));
        if (result.Out.Length > 0)
        {
            // With --json a refusal prints the command's object with its blocking alerts (issue 9, item 16).
            var alerts = result.Json.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("code").GetString()).ToArray();
            Assert.All(codes, code => Assert.Contains(code, alerts));
        }
    }

    [Fact]
    public void An_hour_at_250_mcg_in_a_flex_schedule_is_a_hard_stop_HOURLY_DOSE_ABOVE_BOLUS_LIMIT()
    {
        var result = CliHarness.Run("flex", "--concentration", "500mcg/mL", "--step", "00:00 10mcg/h", "--step", "06:00 250mcg/h", "--step", "07:00 10mcg/h", "--json");

        AssertBlocked(result, "HOURLY_DOSE_ABOVE_BOLUS_LIMIT", "RATE_LOOKS_LIKE_DAILY_DOSE");
        Assert.StartsWith("error: HOURLY_DOSE_ABOVE_BOLUS_LIMIT", result.Error, StringComparison.Ordinal);
        Assert.Contains("an hour at that rate delivers 250 mcg", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_250_mcg_per_hour_step_alone_names_RATE_LOOKS_LIKE_DAILY_DOSE_beside_the_hard_ceiling()
    {
        var result = CliHarness.Run("flex", "--concentration", "500mcg/mL", "--step", "00:00 250mcg/h");

        AssertBlocked(result, "DOSE_ABOVE_HARD_LIMIT", "HOURLY_DOSE_ABOVE_BOLUS_LIMIT", "RATE_LOOKS_LIKE_DAILY_DOSE");
    }

    [Fact]
    public void A_step_typed_per_day_that_runs_above_the_bolus_limit_in_an_hour_is_blocked_too()
    {
        var result = CliHarness.Run("flex", "--concentration", "500mcg/mL", "--step", "00:00 240mcg/day", "--step", "06:00 2880mcg/day", "--step", "07:00 240mcg/day");

        AssertBlocked(result, "HOURLY_DOSE_ABOVE_BOLUS_LIMIT");
        Assert.DoesNotContain("RATE_LOOKS_LIKE_DAILY_DOSE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_flex_rates_raise_no_hour_day_alert()
    {
        var result = CliHarness.Run("flex", "--concentration", "500mcg/mL", "--step", "00:00 10mcg/h", "--step", "06:00 30mcg/h", "--step", "07:00 10mcg/h", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("HOURLY_DOSE_ABOVE_BOLUS_LIMIT", Codes(result.Json));
        Assert.DoesNotContain("RATE_LOOKS_LIKE_DAILY_DOSE", Codes(result.Json));
    }

    [Fact]
    public void A_daily_dose_typed_per_hour_into_refill_is_named_beside_the_hard_ceiling()
    {
        var result = CliHarness.Run("refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "250mcg/h");

        AssertBlocked(result, "DOSE_ABOVE_HARD_LIMIT", "HOURLY_DOSE_ABOVE_BOLUS_LIMIT", "RATE_LOOKS_LIKE_DAILY_DOSE");
    }

    [Fact]
    public void Flex_with_origin_cerebral_judges_the_usual_range_by_the_cerebral_range()
    {
        string[] steps = ["flex", "--concentration", "500mcg/mL", "--step", "00:00 30mcg/h", "--json"];

        var cerebral = CliHarness.Run([.. steps, "--origin", "cerebral"]);
        var adult = CliHarness.Run(steps);

        Assert.Equal(0, cerebral.ExitCode);
        Assert.Contains("DOSE_ABOVE_USUAL_RANGE", Codes(cerebral.Json));
        Assert.Equal("cerebral", cerebral.Json.GetProperty("origin").GetString());
        Assert.DoesNotContain("DOSE_ABOVE_USUAL_RANGE", Codes(adult.Json));
    }

    [Fact]
    public void Flex_with_a_pump_refuses_a_step_below_its_minimum_rate_and_names_the_pump()
    {
        var result = CliHarness.Run("flex", "--pump", "synchromed-ii-40", "--concentration", "2000mcg/mL", "--step", "00:00 1mcg/h", "--step", "06:00 5mcg/h");

        AssertBlocked(result, "RATE_BELOW_PUMP_MINIMUM", "synchromed-ii-40");
        Assert.Contains("500 mcg/mL", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Flex_with_a_pump_names_it_in_json_and_checks_its_step_count()
    {
        var json = CliHarness.Run("flex", "--pump", "synchromed-ii-20", "--concentration", "500mcg/mL", "--step", "00:00 10mcg/h", "--step", "06:00 6mcg/h", "--json").Json;

        Assert.Equal("synchromed-ii-20", json.GetProperty("pump").GetString());
        Assert.Equal(13, json.GetProperty("stepLimit").GetInt32());
        Assert.Contains(json.GetProperty("working").EnumerateArray(), w => w.GetString()!.Contains("minimum rate check", StringComparison.Ordinal));
    }

    [Fact]
    public void No_tiny_last_step_spinal_100_to_300_merges_298_4_into_the_step_before()
    {
        var result = CliHarness.Run("titrate", "--from", "100mcg/day", "--to", "300mcg/day", "--origin", "spinal", "--start", "2026-11-21", "--json");

        Assert.Equal(0, result.ExitCode);
        var steps = result.Json.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal([120m, 144m, 172.8m, 207.3m, 248.7m, 300m], steps.Select(s => s.GetProperty("doseMcgPerDay").GetDecimal()));
        Assert.Equal("2026-11-27", steps[^1].GetProperty("date").GetString());
        Assert.All(steps, s => Assert.True(s.GetProperty("changePercent").GetDecimal() >= 10m));
    }

    [Fact]
    public void ChangePercent_keeps_six_decimals_in_titrate_and_maintenance_change_json()
    {
        var titrate = CliHarness.Run("titrate", "--from", "100mcg/day", "--to", "300mcg/day", "--origin", "spinal", "--start", "2026-11-21", "--json").Json;
        var change = CliHarness.Run("maintenance-change", "--from", "144mcg/day", "--to", "172.75mcg/day", "--origin", "spinal", "--json").Json;

        Assert.Equal(19.965278m, titrate.GetProperty("steps")[3].GetProperty("changePercent").GetDecimal());
        Assert.Equal(19.965278m, change.GetProperty("changePercent").GetDecimal());
    }

    [Fact]
    public void An_increase_above_20_percent_at_a_high_dose_is_LARGE_STEP_AT_HIGH_DOSE_in_titrate_and_maintenance_change()
    {
        var titrate = CliHarness.Run("titrate", "--from", "400mcg/day", "--to", "520mcg/day", "--origin", "spinal", "--step", "30%", "--start", "2026-11-21", "--json");
        var change = CliHarness.Run("maintenance-change", "--from", "400mcg/day", "--to", "500mcg/day", "--origin", "spinal", "--json");
        var low = CliHarness.Run("maintenance-change", "--from", "100mcg/day", "--to", "130mcg/day", "--origin", "spinal", "--json");

        Assert.Equal(0, titrate.ExitCode);
        var alert = Assert.Single(titrate.Json.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "LARGE_STEP_AT_HIGH_DOSE");
        Assert.Equal("warning", alert.GetProperty("severity").GetString());
        Assert.Equal(0, change.ExitCode);
        Assert.True(change.Json.GetProperty("allowed").GetBoolean());
        Assert.Contains("LARGE_STEP_AT_HIGH_DOSE", Codes(change.Json));
        Assert.DoesNotContain("LARGE_STEP_AT_HIGH_DOSE", Codes(low.Json));
    }

    [Fact]
    public void Titrate_judges_the_usual_range_by_the_cerebral_range_for_a_cerebral_origin()
    {
        var result = CliHarness.Run("titrate", "--from", "650mcg/day", "--to", "720mcg/day", "--origin", "cerebral", "--start", "2026-11-21", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("DOSE_ABOVE_USUAL_RANGE", Codes(result.Json));
    }
}
