namespace ItbPlanner.App.Tests.Cli;

/// <summary><c>itb log record medication</c>: medicines beside ITB, their daily totals, and oral baclofen's ceiling.</summary>
public sealed class MedicationRecordTests : IDisposable
{
    private readonly LogCli cli = new();

    public MedicationRecordTests() => cli.RegisterP1();

    public void Dispose() => cli.Dispose();

    private System.Text.Json.JsonElement Newest() => cli.Ok("log", "show", "--patient", "P1", "--json").Json.EnumerateArray().Last();

    [Fact]
    public void Oral_baclofen_15_mg_every_8_hours_is_logged_with_its_daily_total_of_45_mg()
    {
        var result = cli.Ok("log", "record", "medication", "--patient", "P1", "--drug", "baclofen", "--dose", "15mg", "--every", "8h", "--at", "2026-11-02T08:00");

        Assert.Contains("45 mg/day", result.Out, StringComparison.Ordinal);
        Assert.Contains("oral baclofen: daily total 45 mg/day = 15 mg × 24 h ÷ 8 h", result.Error + result.Out, StringComparison.Ordinal);
        var payload = Newest().GetProperty("payload");
        Assert.Equal("medication", Newest().GetProperty("kind").GetString());
        Assert.Equal("oral-baclofen", payload.GetProperty("drug").GetString());
        Assert.Equal(15000m, payload.GetProperty("doseMcg").GetDecimal());
        Assert.Equal(8m, payload.GetProperty("everyHours").GetDecimal());
    }

    [Fact]
    public void Diazepam_and_a_free_named_drug_are_logged_under_their_names()
    {
        cli.Ok("log", "record", "medication", "--patient", "P1", "--drug", "Diazepam", "--dose", "20mg", "--every", "6h", "--at", "2026-11-02T08:00");
        Assert.Equal("diazepam", Newest().GetProperty("payload").GetProperty("drug").GetString());

        var other = cli.Ok("log", "record", "medication", "--patient", "P1", "--drug", "tizanidine", "--dose", "4mg", "--every", "8h", "--at", "2026-11-02T09:00");
        Assert.Contains("tizanidine 4 mg every 8 h = 12 mg/day", other.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Oral_baclofen_above_the_protocol_ceiling_exits_3_and_logs_nothing()
    {
        var before = cli.Ok("log", "show", "--patient", "P1", "--json").Json.GetArrayLength();

        var refused = cli.Run("log", "record", "medication", "--patient", "P1", "--drug", "oral-baclofen", "--dose", "30mg", "--every", "6h", "--at", "2026-11-02T08:00");

        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("ORAL_DOSE_ABOVE_CEILING", refused.Error, StringComparison.Ordinal);
        Assert.Contains("120 mg/day", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, cli.Ok("log", "show", "--patient", "P1", "--json").Json.GetArrayLength());
    }

    [Fact]
    public void Diazepam_is_not_held_to_the_oral_baclofen_ceiling()
    {
        cli.Ok("log", "record", "medication", "--patient", "P1", "--drug", "diazepam", "--dose", "30mg", "--every", "6h", "--at", "2026-11-02T08:00");
    }

    [Fact]
    public void A_stop_is_logged_without_a_dose_and_a_stop_with_a_dose_is_refused()
    {
        cli.Ok("log", "record", "medication", "--patient", "P1", "--drug", "baclofen", "--dose", "15mg", "--every", "8h", "--at", "2026-11-02T08:00");

        var stopped = cli.Ok("log", "record", "medication", "--patient", "P1", "--drug", "baclofen", "--stop", "--at", "2026-11-09T08:00");

        Assert.Contains("oral baclofen stopped", stopped.Out, StringComparison.Ordinal);
        Assert.True(Newest().GetProperty("payload").GetProperty("stopped").GetBoolean());
        Assert.Equal(2, cli.Run("log", "record", "medication", "--patient", "P1", "--drug", "baclofen", "--stop", "--dose", "5mg").ExitCode);
    }

    [Fact]
    public void A_dose_without_an_interval_or_a_unit_is_refused_naming_the_option()
    {
        var noInterval = cli.Run("log", "record", "medication", "--patient", "P1", "--drug", "baclofen", "--dose", "15mg");
        Assert.Equal(2, noInterval.ExitCode);
        Assert.Contains("--every", noInterval.Error, StringComparison.Ordinal);

        Assert.Equal(2, cli.Run("log", "record", "medication", "--patient", "P1", "--drug", "baclofen", "--dose", "15", "--every", "8h").ExitCode);
        Assert.Equal(2, cli.Run("log", "record", "medication", "--patient", "P1", "--drug", "baclofen", "--dose", "15mg", "--every", "2d").ExitCode);
    }

    [Fact]
    public void A_log_with_medicines_still_exports_charts_reports_and_verifies()
    {
        cli.Ok("log", "record", "medication", "--patient", "P1", "--drug", "baclofen", "--dose", "15mg", "--every", "8h", "--at", "2026-11-02T08:00");
        cli.Ok("log", "record", "medication", "--patient", "P1", "--drug", "baclofen", "--stop", "--at", "2026-11-03T08:00");

        Assert.Contains("medication", cli.Ok("log", "export", "--patient", "P1", "--format", "csv").Out, StringComparison.Ordinal);
        cli.Ok("log", "export", "--patient", "P1", "--format", "json");
        cli.Ok("log", "export", "--patient", "P1", "--format", "fhir");
        cli.Ok("log", "chart", "--patient", "P1", "--out", cli.PathOf("p1.svg"));
        Assert.Contains("oral baclofen 15 mg every 8 h = 45 mg/day", File.ReadAllText(WriteReport()), StringComparison.Ordinal);
        cli.Ok("log", "verify", "--patient", "P1");
        cli.Ok("patient", "show", "--id", "P1");
    }

    private string WriteReport()
    {
        var path = cli.PathOf("p1.html");
        cli.Ok("report", "--patient", "P1", "--out", path);
        return path;
    }
}
