using System.Text.Json;
using System.Text.RegularExpressions;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Storage;
using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Cli;

/// <summary>Issue 9, "Dosing and refill safety": the log's items (stale dates, a new strength at a refill, an open withdrawal emergency, a suspension's program).</summary>
public sealed partial class DosingAndRefillSafetyTests : IDisposable
{
    private readonly LogCli cli = new();

    public void Dispose() => cli.Dispose();

    /// <summary>
    /// The patient M1: a SynchroMed II 20 mL implanted 2026-10-01 10:00 with 20 mL at 500 mcg/mL, 100 mcg/day
    /// (recorded alarm 2026-12-30, refill-by 2026-12-14), then 130, 169 and 200 mcg/day at 10:00 on 10-03, 10-04 and
    /// 10-05, each transferred: on 2026-11-21 the reservoir is past its alarm.
    /// </summary>
    internal static void RecordM1(Func<string[], CliHarness.Result> run)
    {
        void Ok(params string[] args)
        {
            var result = run(args);
            Assert.True(result.ExitCode == 0, $"itb {string.Join(' ', args)} exited {result.ExitCode}: {result.Error}");
        }

        Ok("patient", "add", "--id", "M1", "--population", "adult", "--origin", "spinal", "--label", "M.1", "--at", "2026-09-20T09:00");
        Ok("log", "record", "assessment", "--patient", "M1", "--score", "modified-ashworth=3", "--at", "2026-09-21T08:30");
        Ok("log", "record", "screening-bolus", "--patient", "M1", "--dose", "50mcg", "--at", "2026-09-21T09:00");
        Ok("log", "record", "screening-outcome", "--patient", "M1", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-09-21T17:00");
        Ok("log", "record", "implant", "--patient", "M1", "--pump", "synchromed-ii-20", "--fill-volume", "20mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--at", "2026-10-01T10:00");
        Ok("log", "record", "program-transferred", "--patient", "M1", "--at", "2026-10-01T10:05");
        foreach (var (dose, day) in new[] { ("130mcg/day", "03"), ("169mcg/day", "04"), ("200mcg/day", "05") })
        {
            Ok("log", "record", "dose-program", "--patient", "M1", "--dose", dose, "--reason", "titration", "--at", $"2026-10-{day}T10:00");
            Ok("log", "record", "program-transferred", "--patient", "M1", "--at", $"2026-10-{day}T10:05");
        }
    }

    /// <summary>The text with every date recorded in the log, labelled as such, taken out: what is left must not show them.</summary>
    internal static string WithoutRecordedDates(string text) =>
        text.Replace("recorded alarm 2026-12-30", string.Empty, StringComparison.Ordinal).Replace("recorded refill by 2026-12-14", string.Empty, StringComparison.Ordinal);

    /// <summary>Spectre's wrapped output on one line: table borders and line breaks become single spaces.</summary>
    internal static string Flat(string text) => Spaces().Replace(text.Replace('│', ' ').Replace('\n', ' '), " ");

    [Fact]
    public void Stale_dates_in_views_report_log_show_patient_show_and_chart_show_the_dates_schedule_recomputes()
    {
        RecordM1(cli.Run);
        var entry = cli.Ok("schedule", "--json").Json.GetProperty("patients")[0];
        var (alarm, empty, worst, refillBy) = (Date(entry, "alarmDate"), Date(entry, "emptyDate"), Date(entry, "worstCaseEmptyDate"), Date(entry, "refillByDate"));
        // 20 mL − 0.998 mL used by 10-05 at the rates in force: alarm at (19.002 − 2) ÷ 0.4 = 42 days; worst case
        // (20 − 0.998 × 1.145 − 1.4 mL the pump cannot deliver) ÷ (0.4 × 1.145) = 38 days; refill-by = worst − 7 days.
        Assert.Equal(("2026-11-16", "2026-11-18", "2026-11-12", "2026-11-05"), (alarm, empty, worst, refillBy));
        Assert.Equal("past-alarm-date", entry.GetProperty("urgency").GetString());

        var report = cli.PathOf("m1.html");
        cli.Ok("report", "--patient", "M1", "--out", report);
        var html = File.ReadAllText(report);
        Assert.Contains($"<th>Low-reservoir alarm</th><td><span class=\"alert\">{alarm} (passed 5 days ago)</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<th>Empty</th><td><span class=\"alert\">{empty}", html, StringComparison.Ordinal);
        Assert.Contains($"<th>Worst-case empty</th><td><span class=\"alert\">{worst}", html, StringComparison.Ordinal);
        Assert.Contains($"<th>Refill by</th><td><span class=\"alert\">{refillBy} (passed 16 days ago)</span>", html, StringComparison.Ordinal);
        Assert.Contains("PAST_ALARM_DATE", html, StringComparison.Ordinal);
        Assert.Contains("recorded alarm 2026-12-30, recorded refill by 2026-12-14 (event 5; the program changed since): as recorded, not current", html, StringComparison.Ordinal);
        AssertRecordedDatesOnlyAsRecorded(html);

        var show = Flat(cli.Ok("log", "show", "--patient", "M1").Out);
        Assert.Contains($"Current dates (recomputed as itb schedule does), 2026-11-21: alarm {alarm}, empty {empty}, worst-case empty {worst}, refill by {refillBy}", show, StringComparison.Ordinal);
        Assert.Contains("CRITICAL PAST_ALARM_DATE", show, StringComparison.Ordinal);
        Assert.Contains("recorded alarm 2026-12-30; recorded refill by 2026-12-14", WhatColumn(cli.Ok("log", "show", "--patient", "M1").Out), StringComparison.Ordinal);
        AssertRecordedDatesOnlyAsRecorded(WhatColumn(cli.Ok("log", "show", "--patient", "M1").Out) + show[show.IndexOf("Current dates", StringComparison.Ordinal)..]);

        var patient = cli.Ok("patient", "show", "--id", "M1", "--json").Json;
        var dates = patient.GetProperty("dates");
        Assert.Equal((alarm, empty, worst, refillBy), (Date(dates, "alarmDate"), Date(dates, "emptyDate"), Date(dates, "worstCaseEmptyDate"), Date(dates, "refillByDate")));
        Assert.Equal(("2026-12-30", "2026-12-14", true), (Date(patient.GetProperty("recordedDates"), "alarmDate"), Date(patient.GetProperty("recordedDates"), "refillByDate"), patient.GetProperty("recordedDates").GetProperty("stale").GetBoolean()));
        Assert.Contains(patient.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "PAST_ALARM_DATE");
        var text = Flat(cli.Ok("patient", "show", "--id", "M1").Out);
        Assert.Contains($"Current dates alarm {alarm}, empty {empty}, worst-case empty {worst}, refill by {refillBy}", text, StringComparison.Ordinal);
        AssertRecordedDatesOnlyAsRecorded(text);

        var chart = Flat(cli.Ok("log", "chart", "--patient", "M1").Out);
        Assert.Contains($"alarm {alarm}, empty {empty}, worst-case empty {worst}, refill by {refillBy}", chart, StringComparison.Ordinal);
        var svg = cli.PathOf("m1.svg");
        cli.Ok("log", "chart", "--patient", "M1", "--out", svg);
        Assert.Contains($"refill by {refillBy}", File.ReadAllText(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void A_refill_at_a_new_strength_under_the_old_program_is_refused_and_nothing_is_logged()
    {
        cli.RegisterP1();
        cli.ImplantP1();
        var before = cli.Ok("log", "show", "--patient", "P1", "--json").Json.GetArrayLength();

        var refused = cli.Run("log", "record", "refill", "--patient", "P1", "--aspirated", "30mL", "--fill-volume", "40mL", "--concentration", "2000mcg/mL", "--at", "2026-11-20T10:00");

        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("PROGRAM_CONCENTRATION_MISMATCH", refused.Error, StringComparison.Ordinal);
        Assert.Contains("delivers 400 mcg/day instead of 100 mcg/day (4 times the dose)", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--dose", refused.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, refused.Out);
        Assert.Equal(before, cli.Ok("log", "show", "--patient", "P1", "--json").Json.GetArrayLength());
    }

    [Fact]
    public void A_refill_at_a_new_strength_with_the_daily_dose_logs_the_program_and_the_refill_together_with_the_bridge_and_dates_from_the_new_rate()
    {
        cli.RegisterP1();
        cli.ImplantP1();

        var result = cli.Ok("log", "record", "refill", "--patient", "P1", "--aspirated", "37mL", "--fill-volume", "40mL", "--concentration", "2000mcg/mL",
            "--dose", "100mcg/day", "--dead-space", "0.25mL", "--at", "2026-11-20T10:00");

        // The bridge as concentration-change computes it: 0.25 mL at the old 0.2 mL/day for 30 h; unbridged 25 mcg/day.
        var bridge = cli.Ok("concentration-change", "--dose", "100mcg/day", "--from", "500mcg/mL", "--to", "2000mcg/mL", "--dead-space", "0.25mL", "--json").Json;
        Assert.Equal("BRIDGE_BOLUS_REQUIRED", bridge.GetProperty("alerts")[0].GetProperty("code").GetString());
        Assert.Contains("CRITICAL BRIDGE_BOLUS_REQUIRED", result.Error, StringComparison.Ordinal);
        Assert.Contains(bridge.GetProperty("alerts")[0].GetProperty("message").GetString()!, result.Error, StringComparison.Ordinal);
        Assert.Contains("deliver 0.25 mL at the old rate 0.2 mL/day (30 h)", result.Error, StringComparison.Ordinal);

        var events = Events("P1");
        var stored = events.Where(e => e.Seq > 6).ToArray();
        Assert.Equal([EventKind.DoseProgram, EventKind.Refill, EventKind.AlarmRaised], stored.Select(e => e.Kind));
        Assert.Single(stored.Select(e => e.RecordedAt).Distinct());
        var program = stored[0].ReadPayload<DoseProgramPayload>()!;
        Assert.Equal((MassFlow.FromMicrogramsPerDay(100), MassConcentration.FromMicrogramsPerMilliliter(2000), VolumeFlow.FromMillilitersPerDay(0.05m)), (program.Dose, program.Concentration, program.Rate!.Value));
        Assert.Equal(MassConcentration.FromMicrogramsPerMilliliter(500), program.PreviousConcentration);
        Assert.Contains("bridge 0.25 mL at 0.2 mL/day for 30 h", stored[0].Reason, StringComparison.Ordinal);
        Assert.Equal("BRIDGE_BOLUS_REQUIRED", stored[2].ReadPayload<AlarmRaisedPayload>()!.AlertCode);

        // Every date from the new rate, 100 mcg/day ÷ 2000 mcg/mL = 0.05 mL/day, as itb refill computes it.
        var plan = cli.Ok("refill", "--pump", "synchromed-ii-40", "--concentration", "2000mcg/mL", "--dose", "100mcg/day", "--volume", "40mL", "--date", "2026-11-20", "--json").Json;
        var refill = stored[1].ReadPayload<RefillPayload>()!;
        Assert.Equal((Date(plan, "alarmDate"), Date(plan, "refillByDate")), (refill.AlarmDate?.ToString("yyyy-MM-dd"), refill.RefillByDate?.ToString("yyyy-MM-dd")));
        Assert.Equal((refill.AlarmDate, refill.RefillByDate), (program.AlarmDate, program.RefillByDate));
        var entry = cli.Ok("schedule", "--json").Json.GetProperty("patients")[0];
        Assert.Equal(Date(plan, "refillByDate"), Date(entry, "refillByDate"));
        Assert.DoesNotContain(entry.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "PROGRAM_CONCENTRATION_MISMATCH");
    }

    [Fact]
    public void A_refill_at_a_new_strength_without_a_known_dead_space_asks_for_it_and_logs_nothing()
    {
        cli.RegisterP1();
        cli.ImplantP1();
        var before = Events("P1").Count;

        var result = cli.Run("log", "record", "refill", "--patient", "P1", "--aspirated", "37mL", "--fill-volume", "40mL", "--concentration", "2000mcg/mL", "--dose", "100mcg/day", "--at", "2026-11-20T10:00");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --dead-space:", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Events("P1").Count);
    }

    [Fact]
    public void The_bridge_of_a_refill_at_a_new_strength_uses_the_dead_space_of_the_patients_pump_and_catheter()
    {
        // The protocol knows the Prometra II 20 mL's tubing (0.2 mL) and the Prometra catheter's 0.0026 mL/cm: 0.2 + 50 × 0.0026 = 0.33 mL.
        var protocol = TestProtocols.Default() is var p ? p with { Pumps = [.. p.Pumps.Select(m => m.Id == "prometra-ii-20" ? m with { TubingDeadSpace = TestProtocols.S(Volume.FromMilliliters(0.2m), "pumps.prometra-ii-20.tubingDeadSpace", verify: true) } : m)] } : null!;
        CliHarness.Result Run(params string[] args) => CliHarness.RunWith(new CliHarness.Options { Time = cli.Clock, Protocol = protocol, Variables = new() { ["USER"] = "nurse" } }, [.. args, "--db", cli.Database]);
        cli.RegisterP1();
        Assert.Equal(0, Run("log", "record", "assessment", "--patient", "P1", "--score", "modified-ashworth=3", "--at", "2026-11-02T08:30").ExitCode);
        Assert.Equal(0, Run("log", "record", "screening-bolus", "--patient", "P1", "--dose", "50mcg", "--at", "2026-11-02T09:00").ExitCode);
        Assert.Equal(0, Run("log", "record", "screening-outcome", "--patient", "P1", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-11-02T17:00").ExitCode);
        Assert.Equal(0, Run("log", "record", "implant", "--patient", "P1", "--pump", "prometra-ii-20", "--fill-volume", "20mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day",
            "--catheter", "prometra-ii", "--catheter-length", "50", "--at", "2026-11-05T10:00").ExitCode);

        var result = Run("log", "record", "refill", "--patient", "P1", "--aspirated", "17mL", "--fill-volume", "20mL", "--concentration", "1000mcg/mL", "--dose", "100mcg/day", "--at", "2026-11-20T10:00");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("The pump tubing and catheter hold 0.33 mL of 500 mcg/mL", result.Error, StringComparison.Ordinal);
        Assert.Contains("bridge 0.33 mL at 0.2 mL/day", Events("P1").Single(e => e.Kind == EventKind.DoseProgram).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refill_at_the_strength_in_force_takes_no_dose()
    {
        cli.RegisterP1();
        cli.ImplantP1();

        var result = cli.Run("log", "record", "refill", "--patient", "P1", "--aspirated", "37mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL", "--dose", "120mcg/day", "--at", "2026-11-20T10:00");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("record a dose change with 'itb log record dose-program'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_withdrawal_emergency_nobody_sees_is_critical_and_first_in_the_schedule_and_patient_show_until_resolved()
    {
        // P2's reservoir is past its alarm (implanted 2026-08-01, 0.2 mL/day from 20 mL); P1 has an open withdrawal emergency.
        cli.RegisterP1();
        cli.ImplantP1();
        cli.Ok("patient", "add", "--id", "P2", "--population", "adult", "--origin", "spinal", "--label", "A.A.", "--at", "2026-07-01T09:00");
        cli.Ok("log", "record", "assessment", "--patient", "P2", "--score", "modified-ashworth=3", "--at", "2026-07-02T08:30");
        cli.Ok("log", "record", "screening-bolus", "--patient", "P2", "--dose", "50mcg", "--at", "2026-07-02T09:00");
        cli.Ok("log", "record", "screening-outcome", "--patient", "P2", "--outcome", "positive", "--effect-hours", "6", "--at", "2026-07-02T17:00");
        cli.Ok("log", "record", "implant", "--patient", "P2", "--pump", "synchromed-ii-20", "--fill-volume", "20mL", "--concentration", "500mcg/mL", "--dose", "100mcg/day", "--at", "2026-08-01T10:00");
        cli.Ok("log", "record", "withdrawal-emergency", "--patient", "P1", "--symptoms", "itch, rebound spasticity", "--action", "oral baclofen", "--at", "2026-11-20T10:00");

        var schedule = cli.Ok("schedule", "--json").Json.GetProperty("patients");
        Assert.Equal(["P1", "P2"], schedule.EnumerateArray().Select(p => p.GetProperty("patientId").GetString()));
        Assert.Equal(["withdrawal-emergency", "past-alarm-date"], schedule.EnumerateArray().Select(p => p.GetProperty("urgency").GetString()));
        var alert = schedule[0].GetProperty("alerts").EnumerateArray().First();
        Assert.Equal(("WITHDRAWAL_EMERGENCY_OPEN", "critical"), (alert.GetProperty("code").GetString(), alert.GetProperty("severity").GetString()));
        Assert.Contains("itch, rebound spasticity", alert.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("WITHDRAWAL_EMERGENCY_OPEN", cli.Ok("schedule", "--within", "0").Out, StringComparison.Ordinal);
        Assert.Contains(cli.Ok("patient", "show", "--id", "P1", "--json").Json.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("code").GetString() == "WITHDRAWAL_EMERGENCY_OPEN");
        Assert.Contains("CRITICAL WITHDRAWAL_EMERGENCY_OPEN", Flat(cli.Ok("patient", "show", "--id", "P1").Out), StringComparison.Ordinal);

        cli.Ok("log", "record", "therapy-resumed", "--patient", "P1", "--at", "2026-11-20T18:00");

        Assert.DoesNotContain("WITHDRAWAL_EMERGENCY_OPEN", cli.Ok("schedule", "--json").Out, StringComparison.Ordinal);
        Assert.DoesNotContain("WITHDRAWAL_EMERGENCY_OPEN", cli.Ok("patient", "show", "--id", "P1", "--json").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wrong_program_during_a_suspension_reconcile_from_the_log_shows_the_program_in_force_on_the_date()
    {
        // 100 mcg/day = 0.2 mL/day from 2026-11-05, suspended 11-10, resumed 11-15, then 90 mcg/day = 0.18 mL/day from 11-16.
        cli.RegisterP1();
        cli.ImplantP1();
        cli.Ok("log", "record", "therapy-suspended", "--patient", "P1", "--notes", "MRI", "--at", "2026-11-10T10:00");
        cli.Ok("log", "record", "therapy-resumed", "--patient", "P1", "--at", "2026-11-15T10:00");
        cli.Ok("log", "record", "dose-program", "--patient", "P1", "--dose", "90mcg/day", "--reason", "less tone", "--at", "2026-11-16T10:00");

        // On 11-13, inside the suspension: 5 days at 0.2 mL/day = 1 mL used, 39 mL left.
        var result = cli.Ok("reconcile", "--patient", "P1", "--aspirated", "39mL", "--date", "2026-11-13", "--json").Json;

        Assert.Equal(39m, result.GetProperty("expectedResidualMl").GetDecimal());
        Assert.Equal(0.2m, result.GetProperty("dailyVolumeMlPerDay").GetDecimal());
        Assert.Contains(result.GetProperty("working").EnumerateArray(), l => l.GetString()!.StartsWith("program in force on 2026-11-12: 100 mcg/day at 500 mcg/mL = 0.2 mL/day", StringComparison.Ordinal) && l.GetString()!.Contains("suspended", StringComparison.Ordinal));
        Assert.DoesNotContain(result.GetProperty("working").EnumerateArray(), l => l.GetString()!.Contains("0.18 mL/day", StringComparison.Ordinal));
        var table = Flat(cli.Ok("reconcile", "--patient", "P1", "--aspirated", "39mL", "--date", "2026-11-13").Out);
        Assert.Contains("Daily volume 0.2 mL/day", table, StringComparison.Ordinal);
    }

    private static void AssertRecordedDatesOnlyAsRecorded(string text)
    {
        var rest = WithoutRecordedDates(text);
        Assert.DoesNotContain("2026-12-30", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-12-14", rest, StringComparison.Ordinal);
    }

    /// <summary>The "What" column of <c>log show</c>'s table, its wrapped lines joined.</summary>
    private static string WhatColumn(string table) => Spaces().Replace(string.Join(' ', table.Split('\n').Select(l => l.Split('│')).Where(c => c.Length > 5).Select(c => c[4].Trim())), " ");

    private static string? Date(JsonElement json, string name) => json.GetProperty(name).GetString();

    private IReadOnlyList<LogEvent> Events(string patient)
    {
        using var database = LogDatabase.Open(cli.Database, cli.Clock);
        return new EventStore(database).Events(new PatientId(patient));
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
