namespace ItbPlanner.App.Tests.Cli;

/// <summary>Issue 9, items 19 and 20: a booking before the refill, and patient boluses held to the usual dose range.</summary>
public class RefillBookingAndBolusTests
{
    private static readonly string[] Base = ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--date", "2026-11-21"];

    [Fact]
    public void A_booking_before_the_refill_date_is_invalid_input()
    {
        var result = CliHarness.Run([.. Base, "--dose", "186mcg/day", "--booked", "2026-11-20", "--json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("2026-11-20 is before the refill date 2026-11-21", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_booking_on_the_refill_date_is_accepted()
    {
        Assert.Equal(0, CliHarness.Run([.. Base, "--dose", "186mcg/day", "--booked", "2026-11-21", "--json"]).ExitCode);
    }

    [Fact]
    public void Patient_boluses_count_toward_the_usual_dose_range()
    {
        // 700 mcg/day programmed is inside the usual adult range (300-800); with 4 boluses of 50 mcg a day the patient can get 900.
        var result = CliHarness.Run([.. Base, "--dose", "700mcg/day", "--bolus", "50mcg", "--max-boluses-per-day", "4", "--json"]);

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal(700m, json.GetProperty("dailyDoseMcgPerDay").GetDecimal());
        Assert.Equal(900m, json.GetProperty("dailyDoseWithBolusesMcgPerDay").GetDecimal());
        var alert = Assert.Single(json.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "DOSE_ABOVE_USUAL_RANGE");
        Assert.Equal("warning", alert.GetProperty("severity").GetString());
        Assert.Contains("900 mcg/day", alert.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_boluses_the_dose_with_boluses_is_the_programmed_dose()
    {
        var json = CliHarness.Run([.. Base, "--dose", "186mcg/day", "--json"]).Json;

        Assert.Equal(186m, json.GetProperty("dailyDoseWithBolusesMcgPerDay").GetDecimal());
    }
}
