using System.Text;
using System.Text.Json;
using ItbPlanner.Testing;
using Spectre.Console;
using Spectre.Console.Testing;

namespace ItbPlanner.App.Tests.Cli;

public sealed class ScheduleCommandTests : IDisposable
{
    private readonly LogCli cli = new();

    public ScheduleCommandTests() => ClinicLog.Write(cli, [.. ClinicLogSamples.Clinic()]);

    public void Dispose() => cli.Dispose();

    private static string[] Ids(JsonElement json) => [.. json.GetProperty("patients").EnumerateArray().Select(p => p.GetProperty("patientId").GetString()!)];

    private static string[] Codes(JsonElement patient) => [.. patient.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("code").GetString()!)];

    [Fact]
    public void Every_patient_with_a_program_in_force_is_listed_most_urgent_first()
    {
        var json = cli.Ok("schedule", "--json").Json;

        Assert.Equal("2026-11-21", json.GetProperty("today").GetString());
        Assert.Equal(["P-ALARM", "P-OVERDUE", "P-SOON", "P-DIFF", "P-RISK"], Ids(json));
    }

    [Fact]
    public void The_json_names_the_program_fill_and_dates_of_each_patient()
    {
        var soon = cli.Ok("schedule", "--json").Json.GetProperty("patients")[2];

        Assert.Equal("P-SOON", soon.GetProperty("patientId").GetString());
        Assert.Equal("S.N.", soon.GetProperty("label").GetString());
        Assert.Equal("synchromed-ii-40", soon.GetProperty("pump").GetString());
        Assert.Equal(200m, soon.GetProperty("doseMcgPerDay").GetDecimal());
        Assert.Equal(500m, soon.GetProperty("concentrationMcgPerMl").GetDecimal());
        Assert.Equal(0.4m, soon.GetProperty("dailyVolumeMlPerDay").GetDecimal());
        Assert.Equal("2026-09-01", soon.GetProperty("lastFillDate").GetString());
        Assert.Equal("2026-12-20", soon.GetProperty("alarmDate").GetString());
        Assert.Equal("2026-12-09", soon.GetProperty("worstCaseEmptyDate").GetString());
        Assert.Equal("2026-12-02", soon.GetProperty("refillByDate").GetString());
        Assert.Equal(11, soon.GetProperty("daysUntilRefillBy").GetInt32());
        Assert.Equal("scheduled", soon.GetProperty("urgency").GetString());
        Assert.Equal(JsonValueKind.Array, soon.GetProperty("riskFactors").ValueKind);
        Assert.Empty(Codes(soon));
        Assert.Contains(soon.GetProperty("working").EnumerateArray(), l => l.GetString()!.Contains("V′ = V − used", StringComparison.Ordinal));
    }

    [Fact]
    public void The_schedule_without_working_shows_every_line_the_schedule_with_working_shows_but_the_working()
    {
        var table = cli.Ok("schedule").Out;
        var withWorking = cli.Ok("schedule", "--working").Out;

        Assert.All(table.Split('\n'), line => Assert.Contains(line, withWorking, StringComparison.Ordinal));
        Assert.Contains("V′ = V − used", withWorking, StringComparison.Ordinal);
        Assert.DoesNotContain("V′ = V − used", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_and_past_alarm_patients_carry_critical_codes()
    {
        var patients = cli.Ok("schedule", "--json").Json.GetProperty("patients");

        Assert.Equal(["PAST_ALARM_DATE"], Codes(patients[0]));
        Assert.Equal("past-alarm-date", patients[0].GetProperty("urgency").GetString());
        Assert.Equal(["REFILL_OVERDUE"], Codes(patients[1]));
        Assert.Equal(-3, patients[1].GetProperty("daysUntilRefillBy").GetInt32());
        Assert.All(
            patients[0].GetProperty("alerts").EnumerateArray().Concat(patients[1].GetProperty("alerts").EnumerateArray()),
            a => Assert.Equal("critical", a.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Risk_factors_differing_programmer_dates_and_the_ERI_date_are_reported()
    {
        var patients = cli.Ok("schedule", "--json").Json.GetProperty("patients");
        var diff = patients[3];
        var risk = patients[4];

        Assert.Equal(["DATES_DIFFER_FROM_PROGRAMMER"], Codes(diff));
        Assert.Equal("2027-01-20", diff.GetProperty("recordedAlarmDate").GetString());
        Assert.Equal("2027-01-13", diff.GetProperty("alarmDate").GetString());
        Assert.Equal(["sci-t6-or-above", "communication-difficulty"], risk.GetProperty("riskFactors").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("WITHDRAWAL_RISK", Codes(risk));
        Assert.Equal("2026-11-10", risk.GetProperty("eriDate").GetString());
    }

    [Fact]
    public void Within_keeps_refills_due_soon_and_every_overdue_patient()
    {
        var json = cli.Ok("schedule", "--within", "14", "--json").Json;

        Assert.Equal(["P-ALARM", "P-OVERDUE", "P-SOON"], Ids(json));
        Assert.Equal(14, json.GetProperty("withinDays").GetInt32());
        Assert.Equal(["P-ALARM", "P-OVERDUE"], Ids(cli.Ok("schedule", "--within", "0", "--json").Json));
    }

    [Fact]
    public void The_table_marks_overdue_rows_and_risk_patients()
    {
        var text = cli.Ok("schedule").Out;

        Assert.Contains("Refill schedule — 2026-11-21 (5 patients)", text, StringComparison.Ordinal);
        var lines = text.Split('\n');
        var marked = Assert.Single(Enumerable.Range(0, lines.Length), i => lines[i].Contains("⚠ risk", StringComparison.Ordinal));
        Assert.StartsWith("│ P-RISK ", lines[marked - 2], StringComparison.Ordinal);
        Assert.Contains("P-RISK R.K. — WARNING WITHDRAWAL_RISK", text, StringComparison.Ordinal);
        Assert.Contains("P-OVERDUE O.D. — CRITICAL REFILL_OVERDUE", text, StringComparison.Ordinal);
        Assert.Contains("│ 2026-11-18 │ -3 ", text, StringComparison.Ordinal);
        Assert.Contains("P-ALARM A.L. — CRITICAL PAST_ALARM_DATE", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("P-ALARM", StringComparison.Ordinal) < text.IndexOf("P-RISK", StringComparison.Ordinal));
        Assert.DoesNotContain("P-NEW", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_longer_than_a_page_is_written_in_tables_of_a_hundred_rows_with_each_patient_once()
    {
        var pieces = Output.Views.ScheduleView.Pieces(Clinic(150), null, "test", showWorking: false).ToList();

        var text = Written(pieces);

        Assert.Equal(2, pieces.OfType<Table>().Count());
        Assert.Contains("Refill schedule — 2026-11-21 (150 patients)", text, StringComparison.Ordinal);
        Assert.Contains("Refill schedule — continued (patients 101–150 of 150)", text, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 150), i => Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, $"│ P-{i:000} ")));
    }

    [Fact]
    public void Up_to_a_page_the_schedule_written_piece_by_piece_is_the_schedule_rendered_whole()
    {
        var schedule = Clinic(100);
        using var whole = new TestConsole().Width(200);

        whole.Write(Output.Views.ScheduleView.Render(schedule, null, "test", showWorking: true));

        Assert.Equal(whole.Output, Written(Output.Views.ScheduleView.Pieces(schedule, null, "test", showWorking: true)));
    }

    /// <summary>A clinic of patients like P-SOON, P-001 onwards.</summary>
    private static Domain.Scheduling.ClinicSchedule Clinic(int patients) => Domain.Scheduling.ClinicSchedule.Build(
        Enumerable.Range(1, patients).Select(i => ClinicLogSamples.DueSoon() is var h ? (h with { Patient = h.Patient with { Id = new Domain.Log.PatientId($"P-{i:000}") } }).Record(ClinicLogSamples.Now) : null!),
        TestProtocols.Default(),
        ClinicLogSamples.Today,
        TimeZoneInfo.Utc);

    /// <summary>Pieces written one after another, as the command writes them.</summary>
    private static string Written(IEnumerable<Spectre.Console.Rendering.IRenderable> pieces)
    {
        using var console = new TestConsole().Width(200);
        foreach (var piece in pieces)
        {
            console.Write(new Rows(piece));
        }

        return console.Output;
    }

    [Fact]
    public void Overdue_rows_are_red_in_a_colour_terminal()
    {
        var table = Output.Views.ScheduleView.Render(
            Domain.Scheduling.ClinicSchedule.Build([ClinicLogSamples.Overdue().Record(ClinicLogSamples.Now)], TestProtocols.Default(), ClinicLogSamples.Today, TimeZoneInfo.Utc),
            null,
            "test",
            showWorking: false);
        using var console = new TestConsole().Width(200).Colors(ColorSystem.TrueColor).EmitAnsiSequences();

        console.Write(table);

        Assert.Matches("\u001b\\[[0-9;]*(31|91|38;5;9|38;2;255;0;0)m[^\u001b]*P-OVERDUE", console.Output);
    }

    [Fact]
    public void With_no_patient_due_it_says_so()
    {
        using var empty = new LogCli();
        ClinicLog.Write(empty, ClinicLogSamples.NotImplanted());

        Assert.Contains("No patient has a pump program in force.", empty.Ok("schedule").Out, StringComparison.Ordinal);
        Assert.Empty(empty.Ok("schedule", "--json").Json.GetProperty("patients").EnumerateArray());
    }

    [Fact]
    public void The_icalendar_file_has_one_all_day_event_per_patient_on_the_refill_by_date()
    {
        var path = cli.PathOf("refills.ics");

        var result = cli.Ok("schedule", "--ical", path, "--json");
        var ics = File.ReadAllText(path, Encoding.UTF8);
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        var lines = unfolded.Split("\r\n");

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Equal(5, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(5, lines.Count(l => l == "END:VEVENT"));
        Assert.Contains("DTSTART;VALUE=DATE:20261202", lines);
        Assert.Contains("DTEND;VALUE=DATE:20261203", lines);
        Assert.Contains("UID:itb-refill-by-P-SOON-20261202@itb-planner", lines);
        Assert.Equal(5, lines.Count(l => l == "DTSTAMP:20261121T090000Z"));
        Assert.Contains("SUMMARY:ITB refill by: O.D. — OVERDUE", lines);
        Assert.Contains(lines, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal) && l.Contains("S.N. (id P-SOON)", StringComparison.Ordinal) && l.Contains("Low-reservoir alarm 2026-12-20", StringComparison.Ordinal));
        Assert.Equal(5, lines.Select(l => l).Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).Distinct().Count());
        Assert.DoesNotContain("Lives alone", unfolded, StringComparison.Ordinal);
        Assert.Contains("wrote 5 refill-by events", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Icalendar_lines_end_in_CRLF_and_are_folded_at_75_octets()
    {
        var path = cli.PathOf("refills.ics");
        cli.Ok("schedule", "--ical", path);
        var bytes = File.ReadAllBytes(path);

        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                Assert.True(i > 0 && bytes[i - 1] == (byte)'\r', $"bare LF at byte {i}");
            }
        }

        var physical = Encoding.UTF8.GetString(bytes).Split("\r\n");
        Assert.All(physical, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"{Encoding.UTF8.GetByteCount(l)} octets: {l}"));
        Assert.Contains(physical, l => l.StartsWith(' '));
        foreach (var required in new[] { "UID:", "DTSTAMP:", "DTSTART;VALUE=DATE:", "SUMMARY:" })
        {
            Assert.Equal(5, physical.Count(l => l.StartsWith(required, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("--within", "-1")]
    [InlineData("--within", "two")]
    [InlineData("--within", "1.5")]
    public void Bad_input_exits_2_with_one_line(params string[] args)
    {
        var result = cli.Run(["schedule", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void An_unwritable_icalendar_path_exits_2_naming_the_option()
    {
        var result = cli.Run("schedule", "--ical", cli.PathOf("missing/refills.ics"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --ical: cannot write", result.Error, StringComparison.Ordinal);
        Assert.Single(result.ErrorLines);
    }
}
