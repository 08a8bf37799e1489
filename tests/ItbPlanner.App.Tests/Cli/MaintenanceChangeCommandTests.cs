namespace ItbPlanner.App.Tests.Cli;

public class MaintenanceChangeCommandTests
{
    private static CliHarness.Result Change(params string[] args) => CliHarness.Run(["maintenance-change", .. args]);

    [Fact]
    public void A_change_within_the_limits_is_allowed()
    {
        var result = Change("--from", "200mcg/day", "--to", "240mcg/day", "--origin", "cerebral", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Json.GetProperty("allowed").GetBoolean());
        Assert.Equal(20m, result.Json.GetProperty("changePercent").GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.Json.GetProperty("overrideReason").ValueKind);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void An_abrupt_decrease_exits_3_without_an_override_reason()
    {
        var result = Change("--from", "200mcg/day", "--to", "150mcg/day", "--origin", "cerebral", "--json");

        Assert.Equal(3, result.ExitCode);
        Assert.False(result.Json.GetProperty("allowed").GetBoolean()); // issue 9, item 16: the refused change's JSON on stdout
        Assert.StartsWith("error: ABRUPT_DECREASE", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_reason_allows_it_and_is_echoed_with_the_critical_alert()
    {
        var result = Change("--from", "200mcg/day", "--to", "150mcg/day", "--origin", "cerebral", "--override-reason", "overdose signs", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.True(json.GetProperty("allowed").GetBoolean());
        Assert.Equal("overdose signs", json.GetProperty("overrideReason").GetString());
        Assert.Equal(-25m, json.GetProperty("changePercent").GetDecimal());
        var alert = Assert.Single(json.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "ABRUPT_DECREASE");
        Assert.Equal("critical", alert.GetProperty("severity").GetString());
    }

    [Fact]
    public void An_increase_above_the_maintenance_limit_exits_3_with_its_own_code()
    {
        var result = Change("--from", "200mcg/day", "--to", "250mcg/day", "--origin", "cerebral");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("error: INCREASE_ABOVE_MAINTENANCE_LIMIT", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Stopping_the_drug_is_an_abrupt_decrease()
    {
        Assert.Equal(3, Change("--from", "200mcg/day", "--to", "0mcg/day", "--origin", "spinal").ExitCode);
    }

    [Fact]
    public void Without_json_it_shows_the_override_reason_and_the_critical_alert()
    {
        var result = Change("--from", "200mcg/day", "--to", "150mcg/day", "--origin", "cerebral", "--override-reason", "overdose signs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("overdose signs", result.Out, StringComparison.Ordinal);
        Assert.Contains("ABRUPT_DECREASE", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_dose_exits_2()
    {
        var result = Change("--from", "200mcg/day", "--to", "-5mcg/day", "--origin", "spinal");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
