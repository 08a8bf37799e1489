namespace ItbPlanner.App.Tests.Cli;

/// <summary>The therapy workflow's guards on <c>itb log record</c>: a refused event exits 3 and names the unmet guard.</summary>
public sealed class LogWorkflowGuardTests : IDisposable
{
    private readonly LogCli cli = new();

    public LogWorkflowGuardTests() => cli.RegisterP1();

    public void Dispose() => cli.Dispose();

    private CliHarness.Result Record(params string[] args) => cli.Run(["log", "record", args[0], "--patient", "P1", .. args[1..]]);

    private static void AssertRefused(CliHarness.Result result, string code, string guard)
    {
        Assert.True(result.ExitCode == 3, $"exit {result.ExitCode}: {result.Error}");
        Assert.Single(result.ErrorLines);
        Assert.Contains(code, result.Error, StringComparison.Ordinal);
        Assert.Contains(guard, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_screening_bolus_needs_a_baseline_assessment()
    {
        AssertRefused(Record("screening-bolus", "--dose", "50mcg", "--at", "2026-11-02T09:00"), "WORKFLOW_GUARD_UNMET", "a baseline assessment is recorded before the bolus");
    }

    [Fact]
    public void A_second_bolus_within_24_hours_is_refused_and_allowed_a_day_later()
    {
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:00");
        cli.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00");
        cli.Ok("log", "record", "screening-outcome", "--patient", "P1", "--outcome", "negative", "--at", "2026-11-02T17:00");
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-03T08:00");

        AssertRefused(Record("screening-bolus", "--dose", "75mcg", "--at", "2026-11-03T08:30"), "WORKFLOW_GUARD_UNMET", "at least 24 h after the previous bolus");
        AssertRefused(Record("screening-bolus", "--dose", "100mcg", "--at", "2026-11-03T09:30"), "WORKFLOW_GUARD_UNMET", "the next one in the population's screening schedule");
        cli.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "75mcg", "--at", "2026-11-03T09:30");
    }

    [Fact]
    public void An_implant_is_accepted_straight_after_a_positive_outcome_and_refused_before()
    {
        AssertRefused(Record("implant", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--at", "2026-11-01T10:00"), "WORKFLOW_GUARD_UNMET", "not available in phase Candidate");

        cli.ImplantP1();

        Assert.Contains("implant", cli.Ok("log", "show", "--patient", "P1").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_dose_above_twice_the_effective_bolus_is_refused()
    {
        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
        cli.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00");
        cli.Ok("log", "record", "screening-outcome", "--patient", "P1", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00");

        AssertRefused(Record("implant", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "150mcg/day", "--at", "2026-11-05T10:00"), "WORKFLOW_GUARD_UNMET", "the starting dose is not above 2");
    }

    [Fact]
    public void A_dose_program_or_refill_before_an_implant_is_refused()
    {
        AssertRefused(Record("dose-program", "--dose", "100mcg/day", "--concentration", "500mcg/mL", "--reason", "start"), "WORKFLOW_GUARD_UNMET", "ChangeDose is not available in phase Candidate");
        AssertRefused(Record("refill", "--aspirated", "2mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL"), "WORKFLOW_GUARD_UNMET", "a pump is implanted");
    }

    [Fact]
    public void An_increase_within_24_hours_of_the_start_of_infusion_is_refused_unless_overridden()
    {
        cli.ImplantP1();

        AssertRefused(Record("dose-program", "--dose", "110mcg/day", "--reason", "titration", "--at", "2026-11-05T20:00"), "INCREASE_TOO_SOON", "no increase within 24 h");

        var overridden = cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "110mcg/day", "--reason", "titration", "--override-reason", "spasms at night, team agreed", "--at", "2026-11-05T20:00", "--json").Json;
        Assert.Equal("spasms at night, team agreed", overridden.GetProperty("payload").GetProperty("overrideReason").GetString());
    }

    [Fact]
    public void A_titration_step_above_the_origin_limit_is_refused()
    {
        cli.ImplantP1();

        AssertRefused(Record("dose-program", "--dose", "140mcg/day", "--reason", "titration", "--at", "2026-11-07T10:00"), "STEP_ABOVE_PROTOCOL_LIMIT", "an increase of at most 30 %");
        cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "130mcg/day", "--reason", "titration", "--at", "2026-11-07T10:00");
    }

    [Fact]
    public void A_second_increase_within_24_hours_is_refused()
    {
        cli.ImplantP1();
        cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "120mcg/day", "--reason", "titration", "--at", "2026-11-07T10:00");

        AssertRefused(Record("dose-program", "--dose", "140mcg/day", "--reason", "titration", "--at", "2026-11-08T09:00"), "INCREASE_TOO_SOON", "no increase within 24 h");
        cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "140mcg/day", "--reason", "titration", "--at", "2026-11-08T10:00");
    }

    [Fact]
    public void The_hard_ceiling_is_never_overridden()
    {
        cli.ImplantP1();

        AssertRefused(
            Record("dose-program", "--dose", "2100mcg/day", "--concentration", "2000mcg/mL", "--reason", "x", "--override-reason", "insisted", "--at", "2026-11-07T10:00"),
            "DOSE_ABOVE_HARD_LIMIT",
            "never overridden");
    }

    [Fact]
    public void A_maintenance_decrease_beyond_the_limit_is_an_abrupt_decrease()
    {
        cli.ImplantP1();

        AssertRefused(Record("dose-program", "--dose", "70mcg/day", "--phase", "maintenance", "--reason", "drowsy", "--at", "2026-11-09T10:00"), "ABRUPT_DECREASE", "−20 %");
        cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "85mcg/day", "--phase", "maintenance", "--reason", "drowsy", "--at", "2026-11-09T10:00");
    }

    [Fact]
    public void A_score_outside_its_scale_is_invalid_input()
    {
        var result = Record("assessment", "--score", "modified-ashworth=1.5", "--at", "2026-11-02T08:30");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a modified-ashworth score", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Follow_up_scores_after_implant_are_recorded_outside_the_screening()
    {
        cli.ImplantP1();

        cli.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=1+", "--score", "penn-spasm-frequency=1", "--at", "2026-11-20T10:00");
    }

    [Fact]
    public void Suspension_and_resumption_follow_the_workflow()
    {
        cli.ImplantP1();
        AssertRefused(Record("therapy-resumed", "--at", "2026-11-06T10:00"), "WORKFLOW_GUARD_UNMET", "not available in phase Implanted");

        cli.Ok("log", "record", "therapy-suspended", "--patient", "P1", "--notes", "MRI", "--at", "2026-11-06T10:00");
        cli.Ok("log", "record", "therapy-resumed", "--patient", "P1", "--at", "2026-11-06T14:00");
        cli.Ok("log", "record", "explant", "--patient", "P1", "--notes", "infection", "--at", "2026-11-10T10:00");

        AssertRefused(Record("dose-program", "--dose", "100mcg/day", "--concentration", "500mcg/mL", "--reason", "x", "--at", "2026-11-11T10:00"), "WORKFLOW_GUARD_UNMET", "Explanted");
    }

    [Fact]
    public void A_candidate_is_declared_not_a_candidate_with_the_reason_and_nothing_follows()
    {
        var recorded = cli.Ok("log", "record", "candidacy-declined", "--patient", "P1", "--reason", "family declined surgery", "--at", "2026-11-03T10:00");

        Assert.Contains("Recorded candidacy-declined as event 2 of patient P1: not a candidate for an implant: family declined surgery", recorded.Out, StringComparison.Ordinal);
        AssertRefused(Record("screening-bolus", "--dose", "50mcg", "--at", "2026-11-04T09:00"), "WORKFLOW_GUARD_UNMET", "NotACandidate");
    }

    [Fact]
    public void Declaring_not_a_candidate_is_refused_after_the_implant()
    {
        cli.ImplantP1();

        AssertRefused(Record("candidacy-declined", "--reason", "changed mind", "--at", "2026-11-06T10:00"), "WORKFLOW_GUARD_UNMET", "not available in phase Implanted");
    }

    [Theory]
    [InlineData]
    [InlineData("--reason", " ")]
    public void Declaring_not_a_candidate_needs_a_reason(params string[] reason)
    {
        var result = Record(["candidacy-declined", .. reason, "--at", "2026-11-03T10:00"]);

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Error}");
        Assert.Contains("reason", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("candidacy-declined", cli.Ok("log", "show", "--patient", "P1").Out, StringComparison.Ordinal);
    }
}

/// <summary>A logged refill is reconciled: a residual far from the expected one raises an alarm that stays open.</summary>
public sealed class LogRefillReconciliationTests : IDisposable
{
    private readonly LogCli cli = new();

    public LogRefillReconciliationTests()
    {
        cli.RegisterP1();
        cli.ImplantP1();
    }

    public void Dispose() => cli.Dispose();

    [Fact]
    public void A_residual_much_lower_than_expected_logs_an_over_delivery_alarm()
    {
        // 40 mL filled 2026-11-05 at 0.2 mL/day: about 37 mL expected back on 2026-11-20.
        var result = cli.Ok("log", "record", "refill", "--patient", "P1", "--aspirated", "3.5mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--at", "2026-11-20T10:00", "--json");

        var stored = result.Json.EnumerateArray().ToArray();
        Assert.Equal(["refill", "alarm-raised"], stored.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(("safety-alert", "OVER_DELIVERY"), (stored[1].GetProperty("payload").GetProperty("alarm").GetString(), stored[1].GetProperty("payload").GetProperty("alertCode").GetString()));
        Assert.Contains("CRITICAL OVER_DELIVERY", result.Error, StringComparison.Ordinal);
        Assert.Equal(37m, stored[0].GetProperty("payload").GetProperty("expectedResidualMl").GetDecimal());
    }

    [Fact]
    public void A_residual_as_expected_raises_nothing()
    {
        var result = cli.Ok("log", "record", "refill", "--patient", "P1", "--aspirated", "36.8mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--at", "2026-11-20T10:00", "--json");

        Assert.Equal(System.Text.Json.JsonValueKind.Object, result.Json.ValueKind);
        Assert.DoesNotContain("CRITICAL", result.Error, StringComparison.Ordinal);
    }
}
