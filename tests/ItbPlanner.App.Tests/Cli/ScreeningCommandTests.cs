using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

public class ScreeningCommandTests
{
    [Fact]
    public void Plan_lists_each_bolus_with_dose_volume_earliest_date_and_observation()
    {
        var result = CliHarness.Run("screening", "plan", "--start", "2026-11-21", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var boluses = result.Json.GetProperty("boluses").EnumerateArray().ToList();
        Assert.Equal([50m, 75m, 100m], boluses.Select(b => b.GetProperty("doseMcg").GetDecimal()));
        Assert.Equal([1m, 1.5m, 2m], boluses.Select(b => b.GetProperty("volumeMl").GetDecimal()));
        Assert.Equal(["2026-11-21", "2026-11-22", "2026-11-23"], boluses.Select(b => b.GetProperty("earliestDate").GetString()));
        Assert.All(boluses, b => Assert.Equal(8m, b.GetProperty("observeHours").GetDecimal()));
        Assert.Equal("adult", result.Json.GetProperty("population").GetString());
        Assert.Equal(2, result.Json.GetProperty("assess").GetArrayLength());
        Assert.True(result.Json.GetProperty("working").GetArrayLength() > 3);
    }

    [Fact]
    public void Start_defaults_to_today_and_population_to_adult()
    {
        var result = CliHarness.Run("screening", "plan", "--json");

        Assert.Equal("2026-11-21", result.Json.GetProperty("boluses")[0].GetProperty("earliestDate").GetString());
    }

    [Fact]
    public void A_protocol_may_start_children_at_25_mcg()
    {
        var protocol = TestProtocols.Default();
        var child = new ScreeningSchedule(Population.Child, [.. new[] { 25m, 50m, 75m, 100m }.Select((d, i) => TestProtocols.S(Mass.FromMicrograms(d), $"screening.schedules.child[{i}]"))]);
        protocol = protocol with { Screening = protocol.Screening with { Schedules = [.. protocol.Screening.Schedules.Where(s => s.Population != Population.Child), child] } };

        var result = CliHarness.RunWith(new CliHarness.Options { Protocol = protocol }, "screening", "plan", "--population", "child", "--start", "2026-11-21", "--json");

        var first = result.Json.GetProperty("boluses")[0];
        Assert.Equal(25m, first.GetProperty("doseMcg").GetDecimal());
        Assert.Equal(0.5m, first.GetProperty("volumeMl").GetDecimal());
    }

    [Fact]
    public void Without_json_it_prints_a_table_with_what_to_assess()
    {
        var result = CliHarness.Run("screening", "plan", "--start", "2026-11-21");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1.5 mL", result.Out, StringComparison.Ordinal);
        Assert.Contains("Modified Ashworth", result.Out, StringComparison.Ordinal);
        Assert.Contains("Working", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--population", "elderly")]
    [InlineData("--start", "21/11/2026")]
    public void Bad_options_exit_2_with_one_line(string option, string value)
    {
        var result = CliHarness.Run("screening", "plan", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }
}
