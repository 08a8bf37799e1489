using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

public class RefillFlexAndBolusTests
{
    private static readonly CliHarness.Options InCode = new() { Protocol = TestProtocols.Default() };

    private static readonly string[] Base = ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--date", "2026-11-21"];

    private static CliHarness.Result Refill(params string[] extra) => CliHarness.RunWith(InCode, [.. Base, .. extra]);

    [Fact]
    public void A_flex_schedule_sets_the_daily_volume_to_its_24_hour_total()
    {
        var json = Refill("--flex", "00:00 10mcg/h", "--flex", "06:00 6mcg/h", "--flex", "22:00 10mcg/h", "--json").Json;

        Assert.Equal(176m, json.GetProperty("dailyDoseMcgPerDay").GetDecimal());
        Assert.Equal(0.352m, json.GetProperty("dailyVolumeMlPerDay").GetDecimal());
        Assert.Equal(107.954545m, json.GetProperty("daysToAlarm").GetDecimal()); // (40 − 2) mL ÷ 0.352 mL/day
        Assert.Contains(json.GetProperty("working").EnumerateArray(), l => l.GetString()!.Contains("flex 24-hour total", StringComparison.Ordinal));
    }

    [Fact]
    public void The_maximum_daily_boluses_bring_every_consumption_date_earlier()
    {
        var plain = Refill("--dose", "186mcg/day", "--json").Json;
        var withBoluses = Refill("--dose", "186mcg/day", "--bolus", "25mcg", "--max-boluses-per-day", "4", "--json").Json;

        Assert.Equal(0.572m, withBoluses.GetProperty("dailyVolumeMlPerDay").GetDecimal());
        Assert.Equal(186m, withBoluses.GetProperty("dailyDoseMcgPerDay").GetDecimal());
        foreach (var date in new[] { "alarmDate", "emptyDate", "worstCaseEmptyDate", "refillByDate" })
        {
            Assert.True(
                string.CompareOrdinal(withBoluses.GetProperty(date).GetString(), plain.GetProperty(date).GetString()) < 0,
                $"{date} should move earlier");
        }

        Assert.Contains(withBoluses.GetProperty("working").EnumerateArray(), l => l.GetString()!.Contains("maximum daily patient boluses", StringComparison.Ordinal));
    }

    [Fact]
    public void Flex_alerts_are_reported_with_the_refill_plan()
    {
        var json = Refill("--flex", "00:00 5mcg/h", "--flex", "08:00 12mcg/h", "--json").Json;

        Assert.Contains(json.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "STEP_JUMP_ABOVE_LIMIT");
    }

    [Fact]
    public void A_flex_total_above_the_hard_ceiling_exits_3()
    {
        var result = Refill("--flex", "00:00 100mcg/h");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("DOSE_ABOVE_HARD_LIMIT", result.Error, StringComparison.Ordinal);
        Assert.Single(result.ErrorLines);
    }

    [Theory]
    [InlineData("dose and flex", "--dose", "186mcg/day", "--flex", "00:00 10mcg/h")]
    [InlineData("flex not from midnight", "--flex", "06:00 10mcg/h")]
    [InlineData("bolus alone", "--dose", "186mcg/day", "--bolus", "25mcg")]
    [InlineData("zero bolus", "--dose", "186mcg/day", "--bolus", "0mcg", "--max-boluses-per-day", "4")]
    [InlineData("bolus as a rate", "--dose", "186mcg/day", "--bolus", "25mcg/day", "--max-boluses-per-day", "4")]
    [InlineData("negative daily maximum", "--dose", "186mcg/day", "--bolus", "25mcg", "--max-boluses-per-day", "-1")]
    public void Invalid_flex_or_bolus_input_exits_2_with_one_line(string because, params string[] extra)
    {
        var result = Refill(extra);

        Assert.True(result.ExitCode == 2, $"{because}: exit {result.ExitCode}, {result.Error}");
        Assert.Equal(string.Empty, result.Out);
        Assert.Single(result.ErrorLines);
    }
}
