namespace ItbPlanner.App.Tests.Cli;

/// <summary>Issue 9, item 5: every day count and date is exact for any dose and strength.</summary>
public class RefillExactnessTests
{
    [Fact]
    public void Refill_alarm_date_is_exact_when_the_daily_volume_is_a_recurring_decimal()
    {
        // 18 mL at 1000 mcg/day of 1500 mcg/mL (⅔ mL/day) is exactly 27 days, not 26.99… rounded down to 26.
        var result = CliHarness.Run("refill", "--pump", "synchromed-ii-20", "--concentration", "1500mcg/mL", "--dose", "1000mcg/day", "--date", "2026-11-21", "--compounded", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(27m, result.Json.GetProperty("daysToAlarm").GetDecimal());
        Assert.Equal("2026-12-18", result.Json.GetProperty("alarmDate").GetString());
    }
}
