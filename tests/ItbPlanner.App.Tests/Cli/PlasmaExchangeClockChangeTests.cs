namespace ItbPlanner.App.Tests.Cli;

/// <summary>
/// A plasma exchange series counts its sessions in the clinic's calendar days: every 2 days from 00:30 on the Saturday
/// before summer time ends (Berlin, 25 October 2026) is Monday and Wednesday, never 23:30 on the Sunday.
/// </summary>
public sealed class PlasmaExchangeClockChangeTests : IDisposable
{
    private readonly LogCli cli = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

    public PlasmaExchangeClockChangeTests()
    {
        cli.Ok("patient", "add", "--id", "P2", "--population", "adult", "--origin", "sps", "--at", "2026-10-01T09:00");
    }

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Plasma_exchange_session_dates_are_calendar_days_across_a_clock_change_in_the_record_timeline_and_fhir_export()
    {
        var recorded = cli.Ok("log", "record", "plasma-exchange", "--patient", "P2", "--sessions", "3", "--every", "2d", "--at", "2026-10-24T00:30", "--json");

        Assert.Equal(["2026-10-24", "2026-10-26", "2026-10-28"], recorded.Json.GetProperty("course").GetProperty("sessionDates").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("2026-10-24, 2026-10-26, 2026-10-28", recorded.Error, StringComparison.Ordinal);

        var band = cli.Ok("timeline", "--patient", "P2", "--json").Json.GetProperty("series").EnumerateArray()
            .Single(s => s.GetProperty("id").GetString() == "plasma-exchange").GetProperty("bands")[0];
        Assert.Equal(("2026-10-24", "2026-10-28"), (band.GetProperty("from").GetString(), band.GetProperty("to").GetString()));

        var procedure = cli.Ok("log", "export", "--patient", "P2", "--format", "fhir").Json.GetProperty("entry").EnumerateArray()
            .Select(e => e.GetProperty("resource"))
            .Single(r => r.GetProperty("resourceType").GetString() == "Procedure");
        Assert.Equal(("2026-10-23T22:30:00Z", "2026-10-27T23:30:00Z"), (procedure.GetProperty("performedPeriod").GetProperty("start").GetString(), procedure.GetProperty("performedPeriod").GetProperty("end").GetString()));
    }

    [Fact]
    public void An_ivig_course_ends_at_its_clock_time_on_its_last_calendar_day_across_a_clock_change_in_the_fhir_export()
    {
        cli.Ok("log", "record", "ivig", "--patient", "P2", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "3", "--at", "2026-10-24T00:30");

        var statement = cli.Ok("log", "export", "--patient", "P2", "--format", "fhir").Json.GetProperty("entry").EnumerateArray()
            .Select(e => e.GetProperty("resource"))
            .Single(r => r.GetProperty("resourceType").GetString() == "MedicationStatement");

        Assert.Equal("2026-10-25T23:30:00Z", statement.GetProperty("effectivePeriod").GetProperty("end").GetString());
    }
}
