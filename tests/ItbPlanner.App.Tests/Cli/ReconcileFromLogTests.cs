using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Testing;
using static ItbPlanner.Testing.ClinicLogSamples;

namespace ItbPlanner.App.Tests.Cli;

public sealed class ReconcileFromLogTests : IDisposable
{
    // Refilled 2026-08-21 with 20 mL at 500 mcg/mL, 50 mcg/day = 0.1 mL/day since: 92 days to 2026-11-21 use 9.2 mL.
    private static readonly PatientHistory Refilled = History(
        "P-REC",
        "R.C.",
        "synchromed-ii-20",
        Event(2026, 5, 1, Implant("synchromed-ii-20", 20, 500, 50)),
        Event(2026, 8, 21, new RefillPayload(Ml(8.1m), Ml(20), Conc(500))));

    /// <summary>Each snapshot's patient and whether it was read up to the head of their chain (1) or not (0).</summary>
    private const string AtTheHead = "SELECT patient_id, head_seq = (SELECT MAX(seq) FROM events e WHERE e.patient_id = s.patient_id) FROM course_snapshots s";

    private readonly LogCli cli = new();

    public void Dispose() => cli.Dispose();

    private static string[] Codes(CliHarness.Result result) =>
        [.. result.Json.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("code").GetString()!)];

    [Fact]
    public void Two_point_four_mL_more_left_than_expected_since_the_logged_refill_is_under_delivery()
    {
        ClinicLog.Write(cli, Refilled);

        var result = cli.Ok("reconcile", "--patient", "P-REC", "--aspirated", "13.2mL", "--json");

        var json = result.Json;
        Assert.Equal("P-REC", json.GetProperty("patientId").GetString());
        Assert.Equal("synchromed-ii-20", json.GetProperty("pump").GetString());
        Assert.Equal("2026-08-21", json.GetProperty("fillDate").GetString());
        Assert.Equal("2026-11-21", json.GetProperty("date").GetString());
        Assert.Equal(92, json.GetProperty("daysElapsed").GetInt32());
        Assert.Equal(20m, json.GetProperty("fillVolumeMl").GetDecimal());
        Assert.Equal(10.8m, json.GetProperty("expectedResidualMl").GetDecimal());
        Assert.Equal(2.4m, json.GetProperty("discrepancyMl").GetDecimal());
        Assert.Equal(1.334m, json.GetProperty("toleranceMl").GetDecimal());
        Assert.Contains("UNDER_DELIVERY", Codes(result));
        Assert.Contains(json.GetProperty("working").EnumerateArray(), l => l.GetString() == "last fill: 20 mL at 500 mcg/mL on 2026-08-21 (event 3)");
    }

    [Fact]
    public void A_program_changed_since_the_refill_counts_each_rate_for_its_days()
    {
        // 61 days at 0.1 mL/day to 2026-10-21, then 31 days at 0.2 mL/day: 6.1 + 6.2 mL used, 7.7 mL expected.
        ClinicLog.Write(cli, Refilled with { Events = [.. Refilled.Events, Event(2026, 10, 21, Program(100, 500), "titration")] });

        var result = cli.Ok("reconcile", "--patient", "P-REC", "--aspirated", "7.7mL", "--json");

        Assert.Equal(7.7m, result.Json.GetProperty("expectedResidualMl").GetDecimal());
        Assert.Equal(0.2m, result.Json.GetProperty("dailyVolumeMlPerDay").GetDecimal());
        Assert.DoesNotContain("UNDER_DELIVERY", Codes(result));
    }

    [Fact]
    public void A_refill_already_logged_today_does_not_hide_the_fill_being_reconciled()
    {
        ClinicLog.Write(cli, Refilled with { Events = [.. Refilled.Events, new HistoryEvent(Now.AddHours(-1), new RefillPayload(Ml(13.2m), Ml(20), Conc(500)))] });

        var result = cli.Ok("reconcile", "--patient", "P-REC", "--aspirated", "13.2mL", "--json");

        Assert.Equal("2026-08-21", result.Json.GetProperty("fillDate").GetString());
        Assert.Contains("UNDER_DELIVERY", Codes(result));
    }

    [Fact]
    public void The_date_option_still_sets_the_day_of_the_aspiration()
    {
        ClinicLog.Write(cli, Refilled);

        var result = cli.Ok("reconcile", "--patient", "P-REC", "--aspirated", "11mL", "--date", "2026-10-21", "--json");

        Assert.Equal(61, result.Json.GetProperty("daysElapsed").GetInt32());
        Assert.Equal(13.9m, result.Json.GetProperty("expectedResidualMl").GetDecimal());
        Assert.Contains("OVER_DELIVERY", Codes(result));
    }

    [Fact]
    public void Reconciling_today_reads_the_course_snapshot_and_replays_only_the_events_after_it()
    {
        ClinicLog.Write(cli, Refilled);
        var first = cli.Ok("reconcile", "--patient", "P-REC", "--aspirated", "13.2mL", "--json").Out;
        Assert.Equal("P-REC|1", cli.Sqlite3(AtTheHead)); // saved by the read
        Assert.Equal(first, cli.Ok("reconcile", "--patient", "P-REC", "--aspirated", "13.2mL", "--json").Out);

        // A program logged after the snapshot (without the guard, which would have moved it): read on from the snapshot.
        ClinicLog.Append(cli, new("P-REC"), Event(2026, 10, 21, Program(100, 500), "titration"));
        var resumed = cli.Ok("reconcile", "--patient", "P-REC", "--aspirated", "7.7mL", "--json");
        Assert.Equal("P-REC|1", cli.Sqlite3(AtTheHead));
        Assert.Equal(7.7m, resumed.Json.GetProperty("expectedResidualMl").GetDecimal());

        // The same answer as reading the log again from its start, to the line.
        cli.Sqlite3("DELETE FROM course_snapshots");
        Assert.Equal(resumed.Out, cli.Ok("reconcile", "--patient", "P-REC", "--aspirated", "7.7mL", "--json").Out);
    }

    [Fact]
    public void Without_json_it_prints_the_usual_table()
    {
        ClinicLog.Write(cli, Refilled);

        var result = cli.Ok("reconcile", "--patient", "P-REC", "--aspirated", "13.2mL");

        Assert.Contains("Discrepancy", result.Out, StringComparison.Ordinal);
        Assert.Contains("UNDER_DELIVERY", result.Out, StringComparison.Ordinal);
        Assert.Contains("from the log of patient P-REC", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown patient", "P-NOBODY", "No patient 'P-NOBODY'")]
    [InlineData("not implanted", "P-NEW", "no pump program in force")]
    [InlineData("explanted", "P-GONE", "no pump program in force")]
    [InlineData("implanted today", "P-TODAY", "no fill (implant or refill) recorded before 2026-11-21")]
    public void A_patient_without_a_fill_or_program_exits_2_with_one_line(string because, string id, string message)
    {
        ClinicLog.Write(cli, NotImplanted(), Explanted(), History("P-TODAY", "T.", "synchromed-ii-20", new HistoryEvent(Now.AddHours(-2), Implant("synchromed-ii-20", 20, 500, 50))));

        var result = cli.Run("reconcile", "--patient", id, "--aspirated", "10mL");

        Assert.True(result.ExitCode == 2, $"{because}: exit {result.ExitCode}");
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains(message, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fill-volume", "20mL")]
    [InlineData("--pump", "synchromed-ii-20")]
    [InlineData("--fill-date", "2026-08-21")]
    [InlineData("--concentration", "500mcg/mL")]
    [InlineData("--dose", "50mcg/day")]
    [InlineData("--rate", "0.1mL/day")]
    [InlineData("--flex", "00:00 2mcg/h")]
    [InlineData("--population", "adult")]
    public void The_fill_options_are_refused_with_patient(string option, string value)
    {
        ClinicLog.Write(cli, Refilled);

        var result = cli.Run("reconcile", "--patient", "P-REC", "--aspirated", "10mL", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains($"--patient reads the last fill and the program from the log: leave out {option}", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("neither patient nor fill", "--aspirated", "10mL")]
    [InlineData("a fill option missing", "--pump", "synchromed-ii-20", "--fill-volume", "20mL", "--fill-date", "2026-08-21", "--dose", "50mcg/day", "--aspirated", "10mL")]
    [InlineData("bad patient id", "--patient", "P 1", "--aspirated", "10mL")]
    [InlineData("no aspirated", "--patient", "P-REC")]
    public void Missing_or_malformed_options_exit_2_with_one_line(string because, params string[] args)
    {
        ClinicLog.Write(cli, Refilled);

        var result = cli.Run(["reconcile", .. args]);

        Assert.True(result.ExitCode == 2, $"{because}: exit {result.ExitCode}");
        Assert.Single(result.ErrorLines);
    }
}
