using System.Text.Json;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// Issue 9, item 16: with <c>--json</c>, a command refused by a protocol hard limit (exit 3) prints its JSON object on
/// stdout with its blocking alerts, and the one-line message on stderr.
/// </summary>
public class RefusalJsonTests
{
    private static JsonElement Refused(CliHarness.Result result, string code)
    {
        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: {code}: ", line, StringComparison.Ordinal);
        var json = result.Json;
        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        Assert.Equal(code, json.GetProperty("blockedBy").GetString());
        Assert.Contains(json.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == code && a.GetProperty("severity").GetString() == "critical");
        return json;
    }

    [Theory]
    [InlineData("DOSE_ABOVE_HARD_LIMIT", "refill", "--pump", "synchromed-ii-40", "--concentration", "2000mcg/mL", "--dose", "2100mcg/day", "--date", "2026-11-21")]
    [InlineData("CONCENTRATION_NOT_STOCKED", "reconcile", "--pump", "synchromed-ii-20", "--fill-volume", "20mL", "--fill-date", "2026-11-01", "--concentration", "1500mcg/mL", "--dose", "300mcg/day", "--aspirated", "16mL", "--date", "2026-11-21")]
    [InlineData("DOSE_ABOVE_HARD_LIMIT", "flex", "--concentration", "500mcg/mL", "--step", "00:00 400mcg/h")]
    [InlineData("RATE_BELOW_PUMP_MINIMUM", "concentration-change", "--dose", "50mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--dead-space", "0.25mL", "--pump", "synchromed-ii-40")]
    [InlineData("STEP_ABOVE_PROTOCOL_LIMIT", "titrate", "--from", "100mcg/day", "--to", "300mcg/day", "--origin", "cerebral", "--step", "20%", "--start", "2026-11-21")]
    [InlineData("ABRUPT_DECREASE", "maintenance-change", "--from", "200mcg/day", "--to", "150mcg/day", "--origin", "cerebral")]
    [InlineData("SCREENING_BOLUS_ABOVE_MAXIMUM", "start-dose", "--screening-dose", "150mcg", "--effect-hours", "6")]
    public void A_refused_command_with_json_prints_its_object_with_the_blocking_alert(string code, params string[] args)
    {
        var json = Refused(CliHarness.Run([.. args, "--json"]), code);

        Assert.False(string.IsNullOrEmpty(json.GetProperty("protocol").GetString()));
    }

    [Fact]
    public void Without_json_a_refusal_prints_nothing_on_stdout()
    {
        var result = CliHarness.Run("refill", "--pump", "synchromed-ii-40", "--concentration", "2000mcg/mL", "--dose", "2100mcg/day");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_refused_refill_names_what_it_knew_and_its_working()
    {
        var json = Refused(CliHarness.Run("refill", "--pump", "synchromed-ii-40", "--concentration", "2000mcg/mL", "--dose", "2100mcg/day", "--date", "2026-11-21", "--json"), "DOSE_ABOVE_HARD_LIMIT");

        Assert.Equal("synchromed-ii-40", json.GetProperty("pump").GetString());
        Assert.Equal("2026-11-21", json.GetProperty("refillDate").GetString());
        Assert.Equal(2000m, json.GetProperty("concentrationMcgPerMl").GetDecimal());
        Assert.Equal(2100m, json.GetProperty("dailyDoseMcgPerDay").GetDecimal());
        Assert.Equal(40m, json.GetProperty("fillVolumeMl").GetDecimal());
        Assert.Contains(json.GetProperty("working").EnumerateArray(), l => l.GetString()!.StartsWith("dose check", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refill_refused_for_its_booking_prints_the_whole_plan()
    {
        var json = Refused(
            CliHarness.Run("refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21", "--booked", "2027-03-03", "--json"),
            "BOOKING_AFTER_ALARM");

        Assert.Equal("2027-03-03", json.GetProperty("alarmDate").GetString());
        Assert.Equal("2027-02-12", json.GetProperty("refillByDate").GetString());
        Assert.Equal("worst-case-empty", json.GetProperty("refillByLimit").GetString());
        Assert.True(json.GetProperty("working").GetArrayLength() > 5);
    }

    [Fact]
    public void A_refused_concentration_change_names_its_strengths()
    {
        var json = Refused(CliHarness.Run("concentration-change", "--dose", "400mcg/day", "--from", "500mcg/mL", "--to", "50mcg/mL", "--dead-space", "0.25mL", "--json"), "CONCENTRATION_NOT_FOR_REFILL");

        Assert.Equal(500m, json.GetProperty("fromMcgPerMl").GetDecimal());
        Assert.Equal(50m, json.GetProperty("toMcgPerMl").GetDecimal());
        Assert.Contains(json.GetProperty("working").EnumerateArray(), l => l.GetString()!.StartsWith("strength check", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refused_log_record_prints_the_event_it_would_have_stored()
    {
        using var log = new LogCli();
        log.RegisterP1();
        log.ImplantP1();

        var json = Refused(log.Run("log", "record", "dose-program", "--patient", "P1", "--dose", "140mcg/day", "--reason", "titration", "--at", "2026-11-07T10:00", "--json"), "STEP_ABOVE_PROTOCOL_LIMIT");

        Assert.Equal("P1", json.GetProperty("patientId").GetString());
        Assert.Equal("dose-program", json.GetProperty("kind").GetString());
        Assert.Equal(140m, json.GetProperty("payload").GetProperty("doseMcgPerDay").GetDecimal());
        Assert.False(json.TryGetProperty("seq", out _));
    }
}
