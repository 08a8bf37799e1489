using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

public class ReconcileCommandTests
{
    private static readonly CliHarness.Options InCode = new() { Protocol = TestProtocols.Default() };

    // 50 mcg/day at 500 mcg/mL = 0.1 mL/day; 92 days from 2026-08-21 to 2026-11-21 use 9.2 mL of 20 mL: 10.8 mL expected.
    private static readonly string[] Base =
        ["reconcile", "--pump", "synchromed-ii-20", "--fill-volume", "20mL", "--fill-date", "2026-08-21", "--concentration", "500mcg/mL", "--date", "2026-11-21"];

    private static CliHarness.Result Reconcile(params string[] extra) => CliHarness.RunWith(InCode, [.. Base, .. extra]);

    [Fact]
    public void Two_point_four_mL_more_left_than_expected_over_92_days_is_under_delivery()
    {
        var result = Reconcile("--dose", "50mcg/day", "--aspirated", "13.2mL", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal(10.8m, json.GetProperty("expectedResidualMl").GetDecimal());
        Assert.Equal(13.2m, json.GetProperty("aspiratedMl").GetDecimal());
        Assert.Equal(2.4m, json.GetProperty("discrepancyMl").GetDecimal());
        Assert.Equal(1.334m, json.GetProperty("toleranceMl").GetDecimal());
        Assert.Equal(92, json.GetProperty("daysElapsed").GetInt32());
        var alert = json.GetProperty("alerts").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "UNDER_DELIVERY");
        Assert.Equal("critical", alert.GetProperty("severity").GetString());
        Assert.True(json.GetProperty("working").GetArrayLength() > 4);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Less_left_than_expected_is_over_delivery_and_a_small_gap_is_within_tolerance()
    {
        var over = Reconcile("--rate", "0.1mL/day", "--aspirated", "8.4mL", "--json").Json;
        var fine = Reconcile("--rate", "0.1mL/day", "--aspirated", "11mL", "--json").Json;

        Assert.Contains(over.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "OVER_DELIVERY");
        Assert.Empty(fine.GetProperty("alerts").EnumerateArray());
        Assert.Equal(0.2m, fine.GetProperty("discrepancyMl").GetDecimal());
    }

    [Fact]
    public void Zero_mL_aspirated_is_a_measurement_not_an_error()
    {
        var result = Reconcile("--dose", "100mcg/day", "--aspirated", "0mL", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0m, result.Json.GetProperty("aspiratedMl").GetDecimal());
        Assert.Contains(result.Json.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "RESIDUAL_NEAR_EMPTY");
    }

    [Fact]
    public void A_flex_program_with_patient_boluses_makes_the_expected_residual_a_range()
    {
        // Flex 00:00–12:00 at 2 mcg/h, 12:00–24:00 at 2.5 mcg/h = 54 mcg/day = 0.108 mL/day; boluses up to 2 × 25 mcg a day.
        var result = Reconcile("--flex", "00:00 2mcg/h", "--flex", "12:00 2.5mcg/h", "--bolus", "25mcg", "--max-boluses-per-day", "2", "--aspirated", "6mL", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal(0.108m, json.GetProperty("dailyVolumeMlPerDay").GetDecimal());
        Assert.Equal(10.064m, json.GetProperty("projectedResidualMl").GetDecimal());
        Assert.Equal(0.864m, json.GetProperty("lowestExpectedResidualMl").GetDecimal());
        Assert.Equal(6m, json.GetProperty("expectedResidualMl").GetDecimal());
        Assert.Equal(0m, json.GetProperty("discrepancyMl").GetDecimal());
        Assert.Contains(json.GetProperty("working").EnumerateArray(), l => l.GetString()!.Contains("flex 24-hour total", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_json_it_prints_the_discrepancy_and_the_alert()
    {
        var result = Reconcile("--dose", "50mcg/day", "--aspirated", "13.2mL");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Discrepancy", result.Out, StringComparison.Ordinal);
        Assert.Contains("UNDER_DELIVERY", result.Out, StringComparison.Ordinal);
        Assert.Contains("Working", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_date_the_aspiration_is_today()
    {
        var args = Base.Where((_, i) => i < Base.Length - 2).Concat(["--dose", "50mcg/day", "--aspirated", "10.8mL", "--json"]).ToArray();

        var result = CliHarness.RunWith(InCode, args);

        Assert.Equal("2026-11-21", result.Json.GetProperty("date").GetString());
        Assert.Equal(92, result.Json.GetProperty("daysElapsed").GetInt32());
    }

    [Theory]
    [InlineData("no program", "--aspirated", "10mL")]
    [InlineData("dose and flex", "--dose", "50mcg/day", "--flex", "00:00 2mcg/h", "--aspirated", "10mL")]
    [InlineData("no aspirated", "--dose", "50mcg/day")]
    [InlineData("negative aspirated", "--dose", "50mcg/day", "--aspirated", "-1mL")]
    [InlineData("aspirated above capacity", "--dose", "50mcg/day", "--aspirated", "21mL")]
    [InlineData("aspirated without unit", "--dose", "50mcg/day", "--aspirated", "10")]
    [InlineData("aspirated as a dose", "--dose", "50mcg/day", "--aspirated", "10mcg")]
    [InlineData("date before fill", "--dose", "50mcg/day", "--aspirated", "10mL", "--date", "2026-08-20")]
    [InlineData("bad date", "--dose", "50mcg/day", "--aspirated", "10mL", "--date", "21/11/2026")]
    [InlineData("negative boluses volume", "--dose", "50mcg/day", "--aspirated", "10mL", "--boluses-volume", "-1mL")]
    [InlineData("boluses above the fill", "--dose", "50mcg/day", "--aspirated", "10mL", "--boluses-volume", "21mL")]
    [InlineData("bolus without a daily maximum", "--dose", "50mcg/day", "--aspirated", "10mL", "--bolus", "25mcg")]
    [InlineData("daily maximum without a bolus", "--dose", "50mcg/day", "--aspirated", "10mL", "--max-boluses-per-day", "2")]
    [InlineData("zero daily maximum", "--dose", "50mcg/day", "--aspirated", "10mL", "--bolus", "25mcg", "--max-boluses-per-day", "0")]
    [InlineData("daily maximum not a number", "--dose", "50mcg/day", "--aspirated", "10mL", "--bolus", "25mcg", "--max-boluses-per-day", "four")]
    [InlineData("flex not from midnight", "--flex", "06:00 2mcg/h", "--aspirated", "10mL")]
    [InlineData("flex step without unit", "--flex", "00:00 2", "--aspirated", "10mL")]
    public void Invalid_input_exits_2_with_one_line_and_nothing_on_stdout(string because, params string[] extra)
    {
        var result = Reconcile(extra);

        Assert.True(result.ExitCode == 2, $"{because}: exit {result.ExitCode}, {result.Error}");
        Assert.Equal(string.Empty, result.Out);
        Assert.Single(result.ErrorLines);
    }

    [Theory]
    [InlineData("--fill-volume", "0mL")]
    [InlineData("--fill-volume", "25mL")]
    [InlineData("--fill-date", "2026-13-01")]
    [InlineData("--concentration", "500mcg/day")]
    [InlineData("--pump", "synchromed-iii")]
    public void A_bad_fill_option_exits_2_naming_it(string option, string value)
    {
        var args = Base.ToArray();
        args[Array.IndexOf(args, option) + 1] = value;

        var result = CliHarness.RunWith(InCode, [.. args, "--dose", "50mcg/day", "--aspirated", "10mL"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }
}
