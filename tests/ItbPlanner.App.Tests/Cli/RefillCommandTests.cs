using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

public class RefillCommandTests
{
    private static readonly CliHarness.Options InCode = new() { Protocol = TestProtocols.Default() };

    private static readonly string[] Base = ["refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--date", "2026-11-21"];

    private static CliHarness.Result Refill(params string[] extra) => CliHarness.RunWith(InCode, [.. Base, .. extra]);

    [Fact]
    public void Acceptance_example_gives_the_issue_dates()
    {
        var result = Refill("--dose", "186mcg/day", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal("synchromed-ii-40", json.GetProperty("pump").GetString());
        Assert.Equal(500m, json.GetProperty("concentrationMcgPerMl").GetDecimal());
        Assert.Equal(186m, json.GetProperty("dailyDoseMcgPerDay").GetDecimal());
        Assert.Equal(0.372m, json.GetProperty("dailyVolumeMlPerDay").GetDecimal());
        Assert.Equal(40m, json.GetProperty("fillVolumeMl").GetDecimal());
        Assert.Equal(2m, json.GetProperty("alarmVolumeMl").GetDecimal());
        Assert.Equal(102.150538m, json.GetProperty("daysToAlarm").GetDecimal());
        Assert.Equal("2027-03-03", json.GetProperty("alarmDate").GetString());
        // The pump cannot deliver the last 1.4 mL (issue 9, item 6): empty after 38.6 ÷ 0.372, worst case 38.6 ÷ (0.372 × 1.145).
        Assert.Equal(103.763441m, json.GetProperty("daysToEmpty").GetDecimal());
        Assert.Equal("2027-03-04", json.GetProperty("emptyDate").GetString());
        Assert.Equal(90.623092m, json.GetProperty("worstCaseDaysToEmpty").GetDecimal());
        Assert.Equal("2027-02-19", json.GetProperty("worstCaseEmptyDate").GetString());
        Assert.Equal("2027-02-12", json.GetProperty("refillByDate").GetString());
        Assert.True(json.GetProperty("working").GetArrayLength() > 5);
        foreach (var alert in json.GetProperty("alerts").EnumerateArray())
        {
            Assert.Contains(alert.GetProperty("severity").GetString(), new[] { "info", "warning", "critical" });
            Assert.False(string.IsNullOrEmpty(alert.GetProperty("code").GetString()));
        }

        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void A_rate_gives_the_same_plan_as_the_dose_it_delivers()
    {
        var byRate = Refill("--rate", "0.372mL/day", "--json").Json;
        var byDose = Refill("--dose", "186mcg/day", "--json").Json;

        Assert.Equal(byDose.GetProperty("refillByDate").GetString(), byRate.GetProperty("refillByDate").GetString());
        Assert.Equal(186m, byRate.GetProperty("dailyDoseMcgPerDay").GetDecimal());
    }

    [Fact]
    public void Without_a_date_the_refill_is_today_from_the_injected_clock()
    {
        var result = CliHarness.RunWith(InCode with { Time = FakeTimeProvider.At(2027, 1, 4) }, "refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--json");
        Assert.Equal("2027-01-04", result.Json.GetProperty("refillDate").GetString());
    }

    [Fact]
    public void Without_json_it_prints_a_table_with_the_working_and_alerts()
    {
        var result = Refill("--dose", "186mcg/day");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Refill by", result.Out, StringComparison.Ordinal);
        Assert.Contains("2027-02-12", result.Out, StringComparison.Ordinal);
        Assert.Contains("Working", result.Out, StringComparison.Ordinal);
        Assert.Contains("WORST_CASE_EMPTY_BEFORE_ALARM", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--dose", "2001mcg/day", "DOSE_ABOVE_HARD_LIMIT")]
    [InlineData("--dose", "20mcg/day", "RATE_BELOW_PUMP_MINIMUM")]
    public void Hard_limits_exit_3_naming_the_code(string option, string value, string code)
    {
        var result = Refill(option, value);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Single(result.ErrorLines);
        Assert.Contains(code, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fill above capacity", "--dose", "186mcg/day", "--volume", "41mL")]
    [InlineData("alarm at fill", "--dose", "186mcg/day", "--volume", "20mL", "--alarm-volume", "20mL")]
    [InlineData("alarm above fill", "--dose", "186mcg/day", "--volume", "20mL", "--alarm-volume", "25mL")]
    [InlineData("zero dose", "--dose", "0mcg/day")]
    [InlineData("negative dose", "--dose", "-5mcg/day")]
    [InlineData("NaN dose", "--dose", "NaNmcg/day")]
    [InlineData("no unit", "--dose", "186")]
    [InlineData("wrong dimension", "--dose", "186mcg/mL")]
    [InlineData("zero volume", "--dose", "186mcg/day", "--volume", "0mL")]
    [InlineData("negative alarm", "--dose", "186mcg/day", "--alarm-volume", "-1mL")]
    [InlineData("both dose and rate", "--dose", "186mcg/day", "--rate", "0.372mL/day")]
    [InlineData("neither dose nor rate")]
    [InlineData("impossible date", "--dose", "186mcg/day", "--date", "2026-02-30")]
    [InlineData("unknown option", "--dose", "186mcg/day", "--colour", "red")]
    [InlineData("bad population", "--dose", "186mcg/day", "--population", "elderly")]
    public void Invalid_input_exits_2_with_one_line_and_nothing_on_stdout(string because, params string[] extra)
    {
        var result = Refill(extra);

        Assert.True(result.ExitCode == 2, because);
        Assert.Equal(string.Empty, result.Out);
        Assert.Single(result.ErrorLines);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_dimension_names_the_option_the_expected_dimension_and_an_example()
    {
        var error = Refill("--dose", "500mcg/mL").Error;

        Assert.Contains("--dose", error, StringComparison.Ordinal);
        Assert.Contains("dose rate", error, StringComparison.Ordinal);
        Assert.Contains("186mcg/day", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_pump_lists_the_known_ones()
    {
        var result = CliHarness.RunWith(InCode, "refill", "--pump", "synchromed-iii", "--concentration", "500mcg/mL", "--dose", "186mcg/day");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("synchromed-ii-40", result.Error, StringComparison.Ordinal);
        Assert.Contains("prometra-ii-20", result.Error, StringComparison.Ordinal);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void An_unreadable_protocol_exits_2_with_one_line()
    {
        var result = CliHarness.Run("refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--protocol", "/nonexistent/protocol.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Single(result.ErrorLines);
        Assert.Contains("/nonexistent/protocol.yaml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_booking_after_the_alarm_is_blocked()
    {
        var result = Refill("--dose", "186mcg/day", "--booked", "2027-03-01");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("BOOKING_AFTER_ALARM", result.Error, StringComparison.Ordinal);
    }
}

public class RefillOnTheBundledProtocolTests
{
    [Fact]
    public void Acceptance_example_holds_on_the_bundled_protocol_file()
    {
        var result = CliHarness.Run("refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal(0.372m, json.GetProperty("dailyVolumeMlPerDay").GetDecimal());
        Assert.Equal("2027-03-03", json.GetProperty("alarmDate").GetString());
        Assert.Equal("2027-03-04", json.GetProperty("emptyDate").GetString());
        Assert.Equal("2027-02-19", json.GetProperty("worstCaseEmptyDate").GetString());
        Assert.Equal("2027-02-12", json.GetProperty("refillByDate").GetString());
    }
}
