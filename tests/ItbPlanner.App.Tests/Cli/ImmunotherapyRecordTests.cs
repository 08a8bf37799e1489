namespace ItbPlanner.App.Tests.Cli;

/// <summary><c>itb log record ivig|plasma-exchange</c> and <c>itb patient update --iga-deficient</c>: immunotherapy courses beside ITB.</summary>
public sealed class ImmunotherapyRecordTests : IDisposable
{
    private readonly LogCli cli = new();

    public ImmunotherapyRecordTests() => cli.RegisterP1();

    public void Dispose() => cli.Dispose();

    private System.Text.Json.JsonElement Newest() => cli.Ok("log", "show", "--patient", "P1", "--json").Json.EnumerateArray().Last();

    private int EventCount() => cli.Ok("log", "show", "--patient", "P1", "--json").Json.GetArrayLength();

    [Fact]
    public void Ivig_2_g_per_kg_for_62_kg_over_5_days_is_124_g_in_total_and_24_8_g_a_day_with_its_working()
    {
        var result = cli.Ok("log", "record", "ivig", "--patient", "P1", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5", "--at", "2026-11-02T08:00");

        Assert.Contains("IVIG 2 g/kg × 62 kg = 124 g over 5 days (24.8 g/day)", result.Out, StringComparison.Ordinal);
        Assert.Contains("IVIG total 124 g = 2 g/kg × 62 kg", result.Error, StringComparison.Ordinal);
        Assert.Contains("IVIG per day 24.8 g = 124 g ÷ 5 days, 2026-11-02 to 2026-11-06", result.Error, StringComparison.Ordinal);
        var stored = Newest();
        Assert.Equal("ivig", stored.GetProperty("kind").GetString());
        var payload = stored.GetProperty("payload");
        Assert.Equal((2m, 62m, 5), (payload.GetProperty("doseGramsPerKg").GetDecimal(), payload.GetProperty("weightKg").GetDecimal(), payload.GetProperty("days").GetInt32()));
        Assert.False(payload.TryGetProperty("totalGrams", out _), "the total is derived, never stored");
    }

    [Fact]
    public void Ivig_as_json_carries_the_course_with_its_working()
    {
        var json = cli.Ok("log", "record", "ivig", "--patient", "P1", "--dose-per-kg", "2 g/kg", "--weight", "62 kg", "--days", "5", "--at", "2026-11-02T08:00", "--json").Json;

        var course = json.GetProperty("course");
        Assert.Equal("ivig", json.GetProperty("kind").GetString());
        Assert.Equal((124m, 24.8m, true), (course.GetProperty("totalGrams").GetDecimal(), course.GetProperty("perDayGrams").GetDecimal(), course.GetProperty("perDayExact").GetBoolean()));
        Assert.Equal(("2026-11-02", "2026-11-06"), (course.GetProperty("firstDay").GetString(), course.GetProperty("lastDay").GetString()));
        Assert.Equal("124 g = 2 g/kg × 62 kg", course.GetProperty("working").GetProperty("total").GetString());
        Assert.Equal("24.8 g = 124 g ÷ 5 days", course.GetProperty("working").GetProperty("perDay").GetString());
    }

    [Fact]
    public void A_one_day_ivig_course_says_1_day_not_1_days_in_the_log_its_working_and_the_timeline()
    {
        var result = cli.Ok("log", "record", "ivig", "--patient", "P1", "--dose-per-kg", "0.4g/kg", "--weight", "70kg", "--days", "1", "--at", "2026-11-02T08:00", "--json");

        Assert.Equal("28 g = 28 g ÷ 1 day", result.Json.GetProperty("course").GetProperty("working").GetProperty("perDay").GetString());
        Assert.Contains("IVIG 0.4 g/kg × 70 kg = 28 g over 1 day (28 g/day)", cli.Ok("log", "show", "--patient", "P1").Out, StringComparison.Ordinal);
        Assert.DoesNotContain("1 days", cli.Ok("timeline", "--patient", "P1", "--json").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ivig_over_3_days_says_its_daily_grams_are_rounded()
    {
        var json = cli.Ok("log", "record", "ivig", "--patient", "P1", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "3", "--at", "2026-11-02T08:00", "--json").Json;

        var course = json.GetProperty("course");
        Assert.False(course.GetProperty("perDayExact").GetBoolean());
        Assert.Equal("41.33 g ≈ 124 g ÷ 3 days", course.GetProperty("working").GetProperty("perDay").GetString());
    }

    [Fact]
    public void Ivig_record_for_an_iga_deficient_patient_is_a_hard_stop()
    {
        cli.Ok("patient", "update", "--patient", "P1", "--iga-deficient", "--at", "2026-11-01T10:00");
        var before = EventCount();

        var refused = cli.Run("log", "record", "ivig", "--patient", "P1", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5", "--at", "2026-11-02T08:00");

        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("IVIG_CONTRAINDICATED_IGA_DEFICIENCY", refused.Error, StringComparison.Ordinal);
        Assert.Contains("IgA-deficient", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, EventCount());
    }

    [Fact]
    public void An_ivig_course_dated_before_the_deficiency_was_recorded_is_a_hard_stop_too_because_it_is_lifelong()
    {
        cli.Ok("patient", "update", "--patient", "P1", "--iga-deficient", "--at", "2026-11-10T10:00");
        var before = EventCount();

        var backDated = cli.Run("log", "record", "ivig", "--patient", "P1", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5", "--at", "2026-11-02T08:00");

        Assert.Equal(3, backDated.ExitCode);
        Assert.Contains("IVIG_CONTRAINDICATED_IGA_DEFICIENCY", backDated.Error, StringComparison.Ordinal);
        Assert.Contains("record a course given before the diagnosis as a note", backDated.Error, StringComparison.Ordinal);
        Assert.Equal(3, cli.Run("log", "record", "ivig", "--patient", "P1", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5", "--at", "2026-11-11T08:00").ExitCode);
        Assert.Equal(before, EventCount());
    }

    [Fact]
    public void Ivig_hard_stop_as_json_names_the_code()
    {
        cli.Ok("patient", "update", "--patient", "P1", "--iga-deficient", "--at", "2026-11-01T10:00");

        var refused = cli.Run("log", "record", "ivig", "--patient", "P1", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5", "--at", "2026-11-02T08:00", "--json");

        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("IVIG_CONTRAINDICATED_IGA_DEFICIENCY", refused.Out + refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patient_registered_as_iga_deficient_is_refused_ivig_and_one_known_not_deficient_is_not()
    {
        cli.Ok("patient", "add", "--id", "P2", "--population", "adult", "--origin", "sps", "--iga-deficient", "--at", "2026-11-01T09:00");
        Assert.Equal(3, cli.Run("log", "record", "ivig", "--patient", "P2", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5", "--at", "2026-11-02T08:00").ExitCode);

        cli.Ok("patient", "update", "--patient", "P2", "--no-iga-deficient", "--reason", "IgA measured normal", "--at", "2026-11-02T09:00");
        cli.Ok("log", "record", "ivig", "--patient", "P2", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5", "--at", "2026-11-02T10:00");
    }

    [Fact]
    public void Patient_update_logs_patient_updated_with_the_whole_new_record_and_patient_show_shows_the_flag()
    {
        var unknown = cli.Ok("patient", "show", "--id", "P1").Out;
        Assert.Contains("not known", unknown, StringComparison.Ordinal);

        cli.Ok("patient", "update", "--patient", "P1", "--iga-deficient", "--at", "2026-11-01T10:00");

        var stored = Newest();
        Assert.Equal("patient-updated", stored.GetProperty("kind").GetString());
        var patient = stored.GetProperty("payload").GetProperty("patient");
        Assert.True(patient.GetProperty("igaDeficient").GetBoolean());
        Assert.Equal("J.D.", patient.GetProperty("label").GetString());
        Assert.Contains("IgA-deficient (IVIG contraindicated)", cli.Ok("patient", "show", "--id", "P1").Out, StringComparison.Ordinal);
        Assert.True(cli.Ok("patient", "show", "--id", "P1", "--json").Json.GetProperty("patient").GetProperty("igaDeficient").GetBoolean());
    }

    [Fact]
    public void A_patient_whose_deficiency_is_not_known_has_no_iga_field_written()
    {
        var registration = cli.Ok("log", "show", "--patient", "P1", "--json").Json[0].GetProperty("payload").GetProperty("patient");

        Assert.False(registration.TryGetProperty("igaDeficient", out _));
    }

    [Fact]
    public void Patient_update_refuses_both_flags_and_an_update_that_changes_nothing()
    {
        Assert.Equal(2, cli.Run("patient", "update", "--patient", "P1", "--iga-deficient", "--no-iga-deficient").ExitCode);
        Assert.Equal(2, cli.Run("patient", "update", "--patient", "P1").ExitCode);
    }

    [Fact]
    public void Plasma_exchange_5_sessions_every_2_days_lists_the_session_dates_the_last_8_days_after_the_first()
    {
        var result = cli.Ok("log", "record", "plasma-exchange", "--patient", "P1", "--sessions", "5", "--every", "2d", "--at", "2026-11-02T08:00");

        Assert.Contains("2026-11-02, 2026-11-04, 2026-11-06, 2026-11-08, 2026-11-10", result.Error, StringComparison.Ordinal);
        Assert.Contains("plasma exchange: 5 sessions every 2 days, the last 8 days after the first", result.Out, StringComparison.Ordinal);
        var payload = Newest().GetProperty("payload");
        Assert.Equal((5, 48m), (payload.GetProperty("sessions").GetInt32(), payload.GetProperty("everyHours").GetDecimal()));

        var json = cli.Ok("log", "record", "plasma-exchange", "--patient", "P1", "--sessions", "2", "--every", "1d", "--at", "2026-11-12T08:00", "--json").Json;
        Assert.Equal(["2026-11-12", "2026-11-13"], json.GetProperty("course").GetProperty("sessionDates").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("1 day = (2 − 1) × 1 day", json.GetProperty("course").GetProperty("working").GetProperty("lastSession").GetString());
    }

    [Theory]
    [InlineData("--dose-per-kg", "2mg/kg")]
    [InlineData("--dose-per-kg", "2")]
    [InlineData("--dose-per-kg", "5g/kg")]
    [InlineData("--weight", "62")]
    [InlineData("--weight", "62000g")]
    [InlineData("--weight", "400kg")]
    [InlineData("--days", "0")]
    [InlineData("--days", "8")]
    [InlineData("--days", "2.5")]
    public void Implausible_or_unitless_ivig_input_exits_2_naming_the_option(string option, string value)
    {
        string[] args = ["log", "record", "ivig", "--patient", "P1", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5"];
        var index = Array.IndexOf(args, option);
        args[index + 1] = value;

        var result = cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Kg_and_g_per_kg_are_still_refused_where_a_baclofen_dose_is_read()
    {
        Assert.Equal(2, cli.Run("log", "record", "medication", "--patient", "P1", "--drug", "baclofen", "--dose", "1kg", "--every", "8h").ExitCode);
        Assert.Equal(2, cli.Run("log", "record", "screening-bolus", "--patient", "P1", "--dose", "2g/kg").ExitCode);
    }

    [Theory]
    [InlineData("--sessions", "0")]
    [InlineData("--sessions", "13")]
    [InlineData("--every", "12h")]
    [InlineData("--every", "8d")]
    [InlineData("--every", "2")]
    [InlineData("--every", "36h")]
    public void Implausible_plasma_exchange_input_exits_2_naming_the_option(string option, string value)
    {
        string[] args = ["log", "record", "plasma-exchange", "--patient", "P1", "--sessions", "5", "--every", "2d"];
        var index = Array.IndexOf(args, option);
        args[index + 1] = value;

        var result = cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_with_immunotherapy_still_exports_charts_reports_and_verifies()
    {
        cli.Ok("log", "record", "ivig", "--patient", "P1", "--dose-per-kg", "2g/kg", "--weight", "62kg", "--days", "5", "--at", "2026-11-02T08:00");
        cli.Ok("log", "record", "plasma-exchange", "--patient", "P1", "--sessions", "5", "--every", "2d", "--at", "2026-11-10T08:00");

        var csv = cli.Ok("log", "export", "--patient", "P1", "--format", "csv").Out;
        Assert.Contains("ivig", csv, StringComparison.Ordinal);
        Assert.Contains("plasma-exchange", csv, StringComparison.Ordinal);
        cli.Ok("log", "export", "--patient", "P1", "--format", "json");
        cli.Ok("log", "export", "--patient", "P1", "--format", "fhir");
        cli.Ok("log", "chart", "--patient", "P1", "--out", cli.PathOf("p1.svg"));
        var report = cli.PathOf("p1.html");
        cli.Ok("report", "--patient", "P1", "--out", report);
        Assert.Contains("IVIG 2 g/kg × 62 kg = 124 g over 5 days", System.Net.WebUtility.HtmlDecode(File.ReadAllText(report)), StringComparison.Ordinal);
        cli.Ok("log", "verify", "--patient", "P1");
        cli.Ok("patient", "show", "--id", "P1");
        Assert.Contains("plasma exchange", cli.Ok("log", "show", "--patient", "P1").Out, StringComparison.Ordinal);
    }
}
