using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Testing;
using Terminal.Gui.Input;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>
/// The log review (F8) on P-SOON's log: registered, implanted 2026-09-01 at 100 mcg/day, reprogrammed to 200 mcg/day on
/// 2026-10-01, each transferred to the pump. The implant's transfer (#4) was appended after the later program, so it is
/// a late entry; the program's transfer (#5) is not.
/// </summary>
[Collection(TerminalGuiTests.Name)]
public class LogReviewWindowTests
{
    [Fact]
    public void The_log_review_and_its_timeline_carry_the_patients_open_critical_findings_in_their_titles()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.Overdue());

        harness.Ok(new UiScript()
            .Press(Key.F8)
            .Sees("Log of patient P-OVERDUE")
            .Check(screen => Assert.Contains("‼ ", screen.Split('\n')[0], StringComparison.Ordinal))
            .Press(Key.F9)
            .Sees("Therapy timeline of patient P-OVERDUE")
            .Check(screen => Assert.Contains("‼ ", screen.Split('\n')[0], StringComparison.Ordinal))
            .Press(Key.Esc)
            .Press(Key.Esc)
            .Quit());
    }

    [Fact]
    public void The_table_shows_every_event_with_the_late_entry_marked_and_esc_closes_without_logging()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.DueSoon());

        var session = harness.Ok(new UiScript()
            .Press(Key.F8)
            .Sees("Log of patient P-SOON")
            .Sees("5 of 5 events · LATE ENTRY: recorded after an event that happened later")
            .Check(screen =>
            {
                var lines = screen.Split('\n');
                Assert.Single(lines, l => l.Contains("2026-09-01 10:00", StringComparison.Ordinal) && l.Contains("LATE ENTRY", StringComparison.Ordinal));
                Assert.Contains(lines, l => l.Contains("2026-10-01 10:00", StringComparison.Ordinal) && l.Contains("200 mcg/day at 500 mcg/mL", StringComparison.Ordinal));
                Assert.DoesNotContain(lines, l => l.Contains("2026-10-01 10:00", StringComparison.Ordinal) && l.Contains("LATE ENTRY", StringComparison.Ordinal));
            })
            .Sees("#5 2026-10-01 10:00 program-transferred by nurse · plan #3 transferred")
            .Press(Key.CursorUp)
            .Sees("#4 2026-09-01 10:00 program-transferred by nurse · LATE ENTRY (recorded")
            .Press(Key.CursorUp)
            .Sees("#3 2026-10-01 10:00 dose-program by nurse · 200 mcg/day at 500 mcg/mL")
            .Sees("Esc closes")
            .Sees("F8  Folder")
            .Press(Key.Esc)
            .Check(screen => Assert.DoesNotContain("Log of patient", screen, StringComparison.Ordinal))
            .Sees("P-SOON")
            .Quit());

        Assert.Equal(0, session.ExitCode);
        Assert.Equal(5, harness.Events("P-SOON").Count);
    }

    [Fact]
    public void A_long_log_opens_at_its_newest_event_and_scrolls_back_to_the_first()
    {
        var history = ClinicLogSamples.DueSoon();
        var notes = Enumerable.Range(1, 40).Select(i => new HistoryEvent(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i), new NotePayload($"Check {i}")));
        using var harness = new TuiHarness().With(history with { Events = [.. history.Events, .. notes] });

        harness.Ok(new UiScript()
            .Press(Key.F8)
            .Sees("45 of 45 events")
            .Sees("Check 40")
            .Check(screen => Assert.DoesNotContain("patient-regis", screen, StringComparison.Ordinal))
            .Press(Key.PageUp, Key.PageUp, Key.PageUp, Key.PageUp)
            .Sees("patient-regis")
            .Sees("#1 2026-08-02 10:00 patient-registered by nurse")
            .Check(screen => Assert.DoesNotContain("Check 40", screen, StringComparison.Ordinal))
            .Sees("Occurred")
            .Press(Key.Esc)
            .Quit());
    }

    [Fact]
    public void A_kind_filter_applies_on_enter_and_a_kind_not_in_the_log_is_refused_in_words()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.DueSoon());

        harness.Ok(new UiScript()
            .Press(Key.F8, Key.F2)
            .Type("dose")
            .Press(Key.Enter)
            .Sees("1 of 5 events (kind dose-program)")
            .Sees("#3 2026-10-01 10:00 dose-program by nurse")
            .Press(Key.F2)
            .Replace("xyz")
            .Press(Key.Enter)
            .Sees("Filter not applied: no kind 'xyz' in this log; its kinds:")
            .Sees("1 of 5 events (kind dose-program)")
            .Press(Key.F2)
            .Replace("implant, transferred")
            .Press(Key.Enter)
            .Sees("3 of 5 events (kind implant, program-transferred)")
            .Press(Key.F2, Key.A.WithCtrl, Key.Delete, Key.Enter)
            .Sees("5 of 5 events ·")
            .Press(Key.Esc)
            .Quit());
    }

    [Fact]
    public void A_since_date_keeps_the_events_that_happened_on_or_after_it_and_a_wrong_date_is_refused()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.DueSoon());

        harness.Ok(new UiScript()
            .Press(Key.F8, Key.F3)
            .Type("2026-10-01")
            .Press(Key.Enter)
            .Sees("2 of 5 events (since 2026-10-01)")
            .Check(screen => Assert.DoesNotContain("LATE ENTRY", screen, StringComparison.Ordinal))
            .Press(Key.F3)
            .Replace("2026-13-01")
            .Press(Key.Enter)
            .Sees("Filter not applied: '2026-13-01' is not a date: type YYYY-MM-DD")
            .Press(Key.F3)
            .Replace("2026-10-02")
            .Press(Key.F2)
            .Type("dose")
            .Press(Key.Enter)
            .Sees("0 of 5 events (kind dose-program · since 2026-10-02)")
            .Sees("No event matches the filters.")
            .Press(Key.Esc)
            .Quit());
    }

    [Fact]
    public void The_dose_chart_draws_the_daily_dose_as_steps_and_f4_returns_to_the_table()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.DueSoon());

        harness.Ok(new UiScript()
            .Press(Key.F8, Key.F4)
            .Sees("Daily dose (mcg/day), patient P-SOON, 2026-09-01 to 2026-11-21 (2 steps)")
            .Sees("Steps: 2026-09-01 10:00 100 mcg/day → 2026-10-01 10:00 200 mcg/day")
            .Check(screen =>
            {
                var lines = screen.Split('\n').Select(l => l.TrimStart('│', ' ')).ToList();
                Assert.Contains(lines, l => l.StartsWith("200", StringComparison.Ordinal));
                Assert.Contains(lines, l => l.StartsWith("100", StringComparison.Ordinal));
                Assert.DoesNotContain("Occurred", screen, StringComparison.Ordinal);
            })
            .Press(Key.F4)
            .Sees("Occurred")
            .Check(screen => Assert.DoesNotContain("Daily dose", screen, StringComparison.Ordinal))
            .Press(Key.Esc)
            .Quit());
    }

    [Fact]
    public void Export_as_csv_then_fhir_then_json_writes_three_files_named_by_format_and_shows_their_paths()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.DueSoon());
        var csv = Path.Combine(harness.Directory, "P-SOON-log.csv");
        var fhir = Path.Combine(harness.Directory, "P-SOON-fhir.json");
        var json = Path.Combine(harness.Directory, "P-SOON-log.json");

        harness.Ok(new UiScript()
            .Press(Key.F8, Key.F8)
            .Replace(harness.Directory)
            .Press(Key.Enter)
            .Press(Key.F5)
            .Sees("Wrote 5 events as CSV (head hash")
            .Sees(csv)
            .Press(Key.F7)
            .Sees("Wrote 5 events as FHIR")
            .Sees(fhir)
            .Press(Key.F6)
            .Sees("Wrote 5 events as JSON")
            .Sees(json)
            .Press(Key.Esc)
            .Quit());

        Assert.Equal(6, File.ReadAllLines(csv).Length);
        Assert.Contains("Bundle", File.ReadAllText(fhir), StringComparison.Ordinal);
        Assert.Contains("itb-log-export/1", File.ReadAllText(json), StringComparison.Ordinal);
        Assert.Equal(5, harness.Events("P-SOON").Count);
    }

    [Fact]
    public void Exporting_over_an_existing_file_asks_first_and_no_keeps_it_unchanged()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.DueSoon());
        var csv = Path.Combine(harness.Directory, "P-SOON-log.csv");

        harness.Ok(new UiScript()
            .Press(Key.F8, Key.F8)
            .Replace(harness.Directory)
            .Press(Key.Enter)
            .Press(Key.F5)
            .Sees(csv)
            .Check(_ => File.WriteAllText(csv, "kept"))
            .Press(Key.F5)
            .Sees("Overwrite?")
            .Sees("exists already. Replace it with this export?")
            .Press(Key.Enter)
            .Sees("Not exported; kept as it was:")
            .Check(_ => Assert.Equal("kept", File.ReadAllText(csv)))
            .Press(Key.F5)
            .Sees("Overwrite?")
            .Press(Key.Tab.WithShift, Key.Enter)
            .Sees("Wrote 5 events as CSV")
            .Press(Key.Esc)
            .Quit());

        Assert.Equal(6, File.ReadAllLines(csv).Length);
    }

    [Fact]
    public void An_export_that_cannot_be_written_says_why_in_a_dialog_that_stays_until_dismissed()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.DueSoon());
        var missing = Path.Combine(harness.Directory, "no-such-folder");

        harness.Ok(new UiScript()
            .Press(Key.F8, Key.F8)
            .Replace(missing)
            .Press(Key.Enter)
            .Press(Key.F6)
            .Sees("Not exported: JSON")
            .Sees("its folder does not exist")
            .Press(Key.F6)
            .Sees("Not exported: JSON")
            .Press(Key.Enter)
            .Sees("Not exported (JSON): cannot write")
            .Press(Key.Esc)
            .Quit());

        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void A_120x40_screen_shows_whole_descriptions_in_the_table_and_a_larger_chart()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.DueSoon());

        harness.Ok(
            new UiScript()
                .Press(Key.F8)
                .Check(screen => Assert.Contains(
                    screen.Split('\n'),
                    l => l.Contains("dose-program", StringComparison.Ordinal) && l.Contains("200 mcg/day at 500 mcg/mL (0.4 mL/day)", StringComparison.Ordinal)))
                .Sees("LATE ENTRY: plan #2 transferred to the pump")
                .Press(Key.F4)
                .Check(screen =>
                {
                    var lines = screen.Split('\n');
                    Assert.True(lines.Length >= 40, screen);
                    var axis = lines.Select(l => l.TrimStart('│', ' ')).Where(l => l.StartsWith("100", StringComparison.Ordinal) || l.StartsWith("200", StringComparison.Ordinal)).ToList();
                    Assert.Equal(2, axis.Count);
                })
                .Sees("2026-09-01 10:00 100 mcg/day")
                .Press(Key.Esc)
                .Quit(),
            width: 120,
            height: 40);
    }
}
