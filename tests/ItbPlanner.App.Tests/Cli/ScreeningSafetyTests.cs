namespace ItbPlanner.App.Tests.Cli;

/// <summary>Issue 9: only the screening strength screens; very small children may start at 25 mcg.</summary>
public sealed class ScreeningSafetyTests : IDisposable
{
    private readonly LogCli cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void A_screening_bolus_at_a_refill_strength_exits_3_with_SCREENING_CONCENTRATION_NOT_ALLOWED()
    {
        cli.RegisterP1();
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");

        var result = cli.Run("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--concentration", "500mcg/mL", "--at", "2026-11-02T09:00");

        Assert.True(result.ExitCode == 3, $"exit {result.ExitCode}: {result.Error}");
        Assert.Equal(string.Empty, result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("SCREENING_CONCENTRATION_NOT_ALLOWED", line, StringComparison.Ordinal);
        Assert.Contains("500 mcg/mL", line, StringComparison.Ordinal);
        Assert.Contains("50 mcg/mL", line, StringComparison.Ordinal);
        cli.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:05"); // nothing was recorded: 50 mcg is still the first bolus
    }

    [Fact]
    public void A_screening_bolus_at_the_screening_strength_given_explicitly_is_accepted()
    {
        cli.RegisterP1();
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");

        cli.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--concentration", "50mcg/mL", "--at", "2026-11-02T09:00");
    }

    [Fact]
    public void The_child_screening_plan_offers_25_mcg_for_very_small_children_and_the_adult_plan_does_not()
    {
        var child = CliHarness.Run("screening", "plan", "--population", "child", "--start", "2026-11-21", "--json").Json;
        var adult = CliHarness.Run("screening", "plan", "--population", "adult", "--start", "2026-11-21", "--json").Json;

        var small = child.GetProperty("smallChildStart");
        Assert.Equal(25m, small.GetProperty("doseMcg").GetDecimal());
        Assert.Equal(0.5m, small.GetProperty("volumeMl").GetDecimal());
        Assert.Equal(50m, child.GetProperty("concentrationMcgPerMl").GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, adult.GetProperty("smallChildStart").ValueKind);
        Assert.Contains(child.GetProperty("working").EnumerateArray(), w => w.GetString()!.Contains("25 mcg", StringComparison.Ordinal));
    }

    [Fact]
    public void A_child_may_start_at_25_mcg_and_the_escalation_continues_with_75_mcg()
    {
        cli.Ok("patient", "add", "--id", "C1", "--population", "child", "--origin", "cerebral", "--label", "K.", "--at", "2026-11-01T09:00");
        cli.Ok("log", "record", "assessment", "--patient", "C1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
        cli.Ok("log", "record", "screening-bolus", "--patient", "C1", "--dose", "25mcg", "--at", "2026-11-02T09:00");
        cli.Ok("log", "record", "screening-outcome", "--patient", "C1", "--outcome", "negative", "--at", "2026-11-02T17:00");
        cli.Ok("log", "record", "assessment", "--patient", "C1", "--score", "modified-ashworth=3", "--at", "2026-11-03T08:30");

        var fifty = cli.Run("log", "record", "screening-bolus", "--patient", "C1", "--dose", "50mcg", "--at", "2026-11-03T09:30");
        Assert.Equal(3, fifty.ExitCode);
        Assert.Contains("WORKFLOW_GUARD_UNMET", fifty.Error, StringComparison.Ordinal);
        cli.Ok("log", "record", "screening-bolus", "--patient", "C1", "--dose", "75mcg", "--at", "2026-11-03T09:30");
    }

    [Fact]
    public void An_adult_never_starts_at_25_mcg()
    {
        cli.RegisterP1();
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");

        var result = cli.Run("log", "record", "screening-bolus", "--patient", "P1", "--dose", "25mcg", "--at", "2026-11-02T09:00");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("the next one in the population's screening schedule", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_25_mcg_bolus_for_a_child_is_refused()
    {
        cli.Ok("patient", "add", "--id", "C1", "--population", "child", "--origin", "cerebral", "--label", "K.", "--at", "2026-11-01T09:00");
        cli.Ok("log", "record", "assessment", "--patient", "C1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
        cli.Ok("log", "record", "screening-bolus", "--patient", "C1", "--dose", "25mcg", "--at", "2026-11-02T09:00");
        cli.Ok("log", "record", "screening-outcome", "--patient", "C1", "--outcome", "negative", "--at", "2026-11-02T17:00");
        cli.Ok("log", "record", "assessment", "--patient", "C1", "--score", "modified-ashworth=3", "--at", "2026-11-03T08:30");

        Assert.Equal(3, cli.Run("log", "record", "screening-bolus", "--patient", "C1", "--dose", "25mcg", "--at", "2026-11-03T09:30").ExitCode);
    }
}
