namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// One clinic, one calendar: every local date is read in the clinic's time zone (ITB_TIME_ZONE or TimeZone in
/// config.json, default the machine's), so a schedule read on a workstation set to another zone shows the same dates.
/// </summary>
public sealed class ClinicTimeZoneTests : IDisposable
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private readonly LogCli clinic = new(Berlin);
    private readonly LogCli travelling = new(NewYork);

    public ClinicTimeZoneTests()
    {
        clinic.RegisterP1();
        clinic.Ok("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30");
        clinic.Ok("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00");
        clinic.Ok("log", "record", "screening-outcome", "--patient", "P1", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00");

        // 00:30 in Berlin is still the evening before in New York (and in UTC).
        clinic.Ok("log", "record", "implant", "--patient", "P1", "--pump", "synchromed-ii-40", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--at", "2026-11-05T00:30");
    }

    public void Dispose()
    {
        clinic.Dispose();
        travelling.Dispose();
    }

    [Fact]
    public void Schedule_dates_read_on_a_machine_in_another_zone_stay_the_clinics()
    {
        var atClinic = clinic.Ok("schedule", "--json").Json.GetProperty("patients")[0];

        var elsewhere = Schedule(new Dictionary<string, string> { ["USER"] = "nurse", ["ITB_TIME_ZONE"] = "Europe/Berlin" });

        Assert.Equal("2026-11-05", atClinic.GetProperty("lastFillDate").GetString());
        foreach (var field in new[] { "lastFillDate", "alarmDate", "emptyDate", "worstCaseEmptyDate", "refillByDate" })
        {
            Assert.Equal(atClinic.GetProperty(field).GetString(), elsewhere.GetProperty(field).GetString());
        }
    }

    [Fact]
    public void Without_a_clinic_zone_the_machines_zone_is_the_calendar()
    {
        var elsewhere = Schedule(new Dictionary<string, string> { ["USER"] = "nurse" });

        Assert.Equal("2026-11-04", elsewhere.GetProperty("lastFillDate").GetString());
    }

    [Fact]
    public void An_unknown_clinic_zone_is_one_line_and_exit_2()
    {
        var result = travelling.RunRaw(["schedule", "--db", clinic.Database], new Dictionary<string, string> { ["USER"] = "nurse", ["ITB_TIME_ZONE"] = "Mars/Olympus" });

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("'Mars/Olympus'", result.Error, StringComparison.Ordinal);
    }

    private System.Text.Json.JsonElement Schedule(Dictionary<string, string> variables)
    {
        var result = travelling.RunRaw(["schedule", "--json", "--db", clinic.Database], variables);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Json.GetProperty("patients")[0];
    }
}
