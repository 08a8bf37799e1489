using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

public class RefillCommandTests
{
    private static readonly CliHarness.Options InCode = new() { Protocol = TestProtocols.Default() };

    [Fact]
    public void Acceptance_example_gives_the_issue_dates()
    {
        var result = CliHarness.RunWith(InCode, "refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal(0.372m, json.GetProperty("dailyVolumeMlPerDay").GetDecimal());
        Assert.Equal("2027-03-03", json.GetProperty("alarmDate").GetString());
        Assert.Equal("2027-03-08", json.GetProperty("emptyDate").GetString());
        Assert.Equal("2027-02-22", json.GetProperty("worstCaseEmptyDate").GetString());
        Assert.Equal("2027-02-15", json.GetProperty("refillByDate").GetString());
        Assert.Equal(string.Empty, result.Error);
    }
}
