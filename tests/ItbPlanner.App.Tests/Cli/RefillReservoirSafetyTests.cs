namespace ItbPlanner.App.Tests.Cli;

/// <summary>Issue 9, item 6: the volume a pump cannot deliver, and the withdrawal-risk alarm volume, through the commands.</summary>
public class RefillReservoirSafetyTests
{
    [Fact]
    public void Refill_empty_dates_leave_the_volume_the_pump_cannot_deliver()
    {
        var result = CliHarness.Run("refill", "--pump", "synchromed-ii-40", "--concentration", "500mcg/mL", "--dose", "186mcg/day", "--date", "2026-11-21", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal(1.4m, json.GetProperty("nonDeliverableVolumeMl").GetDecimal());
        Assert.Equal("2027-03-04", json.GetProperty("emptyDate").GetString());
        Assert.Equal("2027-02-19", json.GetProperty("worstCaseEmptyDate").GetString());
        Assert.Equal("2027-02-12", json.GetProperty("refillByDate").GetString());
        Assert.Contains(json.GetProperty("working").EnumerateArray(), l => l.GetString()!.Contains("non-deliverable volume U = 1.4 mL", StringComparison.Ordinal));
    }

    [Fact]
    public void Refill_by_date_of_a_withdrawal_risk_patient_counts_from_the_risk_alarm_volume()
    {
        var result = CliHarness.Run(
            "refill", "--pump", "synchromed-ii-20", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--volume", "10mL", "--date", "2026-11-21", "--withdrawal-risk", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal("2026-12-14", json.GetProperty("refillByDate").GetString());
        Assert.Equal("2026-12-31", json.GetProperty("alarmDate").GetString());
        Assert.Equal(4m, json.GetProperty("withdrawalRiskAlarmVolumeMl").GetDecimal());
        Assert.Equal("2026-12-21", json.GetProperty("withdrawalRiskAlarmDate").GetString());
        Assert.Contains(json.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "ALARM_VOLUME_BELOW_RISK_SETTING" && a.GetProperty("severity").GetString() == "warning");
    }

    [Fact]
    public void Logged_implant_of_a_withdrawal_risk_patient_records_the_refill_by_date_from_the_risk_alarm_volume()
    {
        using var log = new LogCli();
        log.Ok("patient", "add", "--id", "P1", "--population", "adult", "--origin", "spinal", "--label", "J.D.", "--risk", "sci-t6-or-above", "--at", "2026-11-01T09:00");
        log.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
        log.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00");
        log.Ok("log", "record", "screening-outcome", "--patient", "P1", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00");

        // 10 mL at 0.2 mL/day from 2026-11-05: 4 mL left on 2026-12-05, minus 7 days → Friday 2026-11-27 (else Friday 2026-12-04).
        var implant = log.Ok("log", "record", "implant", "--patient", "P1", "--pump", "synchromed-ii-40", "--fill-volume", "10mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--at", "2026-11-05T10:00", "--json");

        var payload = implant.Json[0].GetProperty("payload");
        Assert.Equal("2026-11-27", payload.GetProperty("refillByDate").GetString());
        Assert.Equal("2026-12-15", payload.GetProperty("alarmDate").GetString());
    }
}
