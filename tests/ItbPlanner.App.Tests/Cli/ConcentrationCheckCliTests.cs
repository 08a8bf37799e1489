namespace ItbPlanner.App.Tests.Cli;

/// <summary>Issue 9, item 9: the strength put in a pump, through refill, reconcile, concentration-change and the log.</summary>
public class ConcentrationCheckCliTests
{
    private static readonly string[] Refill = ["refill", "--pump", "synchromed-ii-40", "--dose", "400mcg/day", "--date", "2026-11-21"];

    private static string? Code(CliHarness.Result result) =>
        result.ExitCode == 3 ? result.ErrorLines.Single().Split(':')[1].Trim() : null;

    [Fact]
    public void Refill_at_a_strength_not_stocked_is_refused_unless_compounded()
    {
        var refused = CliHarness.Run([.. Refill, "--concentration", "1500mcg/mL"]);
        var compounded = CliHarness.Run([.. Refill, "--concentration", "1500mcg/mL", "--compounded", "--json"]);

        Assert.Equal(3, refused.ExitCode);
        Assert.Equal("CONCENTRATION_NOT_STOCKED", Code(refused));
        Assert.Contains("--compounded", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, compounded.ExitCode);
        Assert.Contains(compounded.Json.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "CONCENTRATION_NOT_STOCKED" && a.GetProperty("severity").GetString() == "warning");
    }

    [Fact]
    public void Refill_with_the_screening_strength_is_refused_even_when_compounded()
    {
        var result = CliHarness.Run([.. Refill, "--concentration", "50mcg/mL", "--compounded"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("CONCENTRATION_NOT_FOR_REFILL", Code(result));
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Prometra_refill_outside_its_labelled_range_is_refused()
    {
        var result = CliHarness.Run("refill", "--pump", "prometra-ii-40", "--concentration", "2500mcg/mL", "--compounded", "--dose", "400mcg/day", "--date", "2026-11-21");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("CONCENTRATION_OUTSIDE_PUMP_RANGE", Code(result));
    }

    [Fact]
    public void Reconcile_at_a_strength_not_stocked_is_refused_unless_compounded()
    {
        string[] args = ["reconcile", "--pump", "synchromed-ii-20", "--fill-volume", "20mL", "--fill-date", "2026-11-01", "--concentration", "1500mcg/mL", "--dose", "300mcg/day", "--aspirated", "16mL", "--date", "2026-11-21"];

        Assert.Equal("CONCENTRATION_NOT_STOCKED", Code(CliHarness.Run(args)));
        Assert.Equal(0, CliHarness.Run([.. args, "--compounded"]).ExitCode);
    }

    [Fact]
    public void Concentration_change_to_a_strength_not_stocked_is_refused_unless_compounded()
    {
        string[] args = ["concentration-change", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "1500mcg/mL", "--dead-space", "0.25mL"];

        Assert.Equal("CONCENTRATION_NOT_STOCKED", Code(CliHarness.Run(args)));
        Assert.Equal(0, CliHarness.Run([.. args, "--compounded"]).ExitCode);
    }

    [Fact]
    public void Logged_fill_at_a_strength_not_stocked_is_refused_unless_compounded_and_the_log_records_it()
    {
        using var log = new LogCli();
        log.RegisterP1();
        log.ImplantP1();
        string[] refill = ["log", "record", "refill", "--patient", "P1", "--aspirated", "30mL", "--fill-volume", "40mL", "--concentration", "1500mcg/mL", "--at", "2026-11-20T10:00"];

        var refused = log.Run(refill);
        // A new strength takes the new program with it (the daily dose at 1500 mcg/mL) and its bridge.
        var recorded = log.Run([.. refill, "--compounded", "--dose", "100mcg/day", "--dead-space", "0.25mL", "--json"]);

        Assert.Equal(3, refused.ExitCode);
        Assert.Equal("CONCENTRATION_NOT_STOCKED", Code(refused));
        Assert.Equal(0, recorded.ExitCode);
        var refillEvent = recorded.Json.ValueKind == System.Text.Json.JsonValueKind.Array
            ? recorded.Json.EnumerateArray().First(e => e.GetProperty("kind").GetString() == "refill")
            : recorded.Json;
        Assert.True(refillEvent.GetProperty("payload").GetProperty("compounded").GetBoolean());
        Assert.Contains("CONCENTRATION_NOT_STOCKED", recorded.Error, StringComparison.Ordinal);
        Assert.Equal(0, log.Run("log", "verify").ExitCode);
        Assert.Contains("compounded", log.Ok("log", "show", "--patient", "P1").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Logged_implant_with_the_screening_strength_is_refused()
    {
        using var log = new LogCli();
        log.RegisterP1();
        log.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
        log.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00");
        log.Ok("log", "record", "screening-outcome", "--patient", "P1", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00");

        var result = log.Run("log", "record", "implant", "--patient", "P1", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "50mcg/mL", "--dose", "100mcg/day", "--at", "2026-11-05T10:00");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("CONCENTRATION_NOT_FOR_REFILL", Code(result));
    }
}
