using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;
using Terminal.Gui.Input;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>
/// P-WEAN: implanted on 2026-11-05 and taking oral baclofen 20 mg every 6 h (80 mg/day, the test protocol's ceiling) since
/// 2026-11-10; the protocol weans in steps of 25–50 % of the start, 24 h apart. The visit is 2026-11-21 08:30, half an
/// hour before the harness's clock.
/// </summary>
[Collection(TerminalGuiTests.Name)]
public class OralWeanWizardTests
{
    private static readonly DateTimeOffset Visit = new(2026, 11, 21, 8, 30, 0, TimeSpan.Zero);

    /// <summary>An implanted patient with oral baclofen in force: 20 mg every 6 h from 2026-11-10, then the given doses (mg, every 6 h, at the given moments).</summary>
    private static TuiHarness OnOralBaclofen(params (string Dose, string At)[] later)
    {
        var harness = new TuiHarness().Implanted("P-WEAN")
            .Cli("log", "record", "medication", "--patient", "P-WEAN", "--drug", "baclofen", "--dose", "20mg", "--every", "6h", "--at", "2026-11-10T09:00");
        foreach (var (dose, at) in later)
        {
            harness.Cli("log", "record", "medication", "--patient", "P-WEAN", "--drug", "baclofen", "--dose", dose, "--every", "6h", "--at", at);
        }

        return harness;
    }

    /// <summary>F9, the visit's time, Next: the wean step (its first field, the start, has the focus).</summary>
    private static UiScript ToTheWean() => new UiScript()
        .Press(Key.F9)
        .Sees("Oral baclofen in force: 20 mg every 6 h = 80 mg/day")
        .Replace("2026-11-21 08:30")
        .Press(Key.Enter);

    private static IReadOnlyList<(LogEvent Event, MedicationPayload Payload)> Medications(TuiHarness harness) =>
        [.. harness.Events("P-WEAN").Where(e => e.Kind == EventKind.Medication).Select(e => (e, e.ReadPayload<MedicationPayload>()!))];

    private static void LogsTheFirstStepOnly(int width, int height)
    {
        using var harness = OnOralBaclofen();

        harness.Ok(
            ToTheWean()
                .Sees("No wean in progress")
                .Check(screen => Assert.Contains("80 mg/day", screen, StringComparison.Ordinal)) // prefilled from the log
                .Sees("25 %–50 % (protocol)")
                .Tab(3)
                .Type("10 mg, 5 mg")
                .Press(Key.Enter)
                .Sees("◀ now")
                .Sees(" 1 2026-11-21 Sat    60 mg/day     15 mg  10 mg + 5 mg       ◀ now")
                .Sees(" 2 2026-11-22 Sun    40 mg/day     10 mg  10 mg              later")
                .Sees(" 4 2026-11-24 Tue         stop         —  none")
                .Sees("§10.14")
                .Sees("Only this step is logged now")
                .Press(Key.Enter)
                .Sees("15 mg every 6 h")
                .Sees("Tablets a dose —                        10 mg + 5 mg")
                .Sees("1 of 4")
                .Sees("2026-11-22 Sun, after reassessment")
                .Type("P-WEAN")
                .Press(Key.Enter)
                .Sees("No open critical alerts") // back on the main window
                .Press(Key.F8) // the log review describes the change in mg, as oral doses are prescribed
                .Sees("oral baclofen 15 mg every 6 h = 60")
                .Sees("oral wean step 1 of 4")
                .Press(Key.Esc)
                .Quit(),
            width,
            height);

        var medications = Medications(harness);
        Assert.Equal(2, medications.Count); // the one in force and this visit's step: the later steps are not logged ahead
        var (step, logged) = medications[^1];
        Assert.Equal(Visit, step.OccurredAt);
        Assert.Equal(("oral-baclofen", Mass.FromMilligrams(15), Duration.FromHours(6), MassFlow.FromMilligramsPerDay(60)), (logged.Drug, logged.Dose!.Value, logged.Every!.Value, logged.DailyTotal));
        Assert.Null(logged.Stopped);
        Assert.Contains("oral wean step 1 of 4", logged.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void An_oral_wean_at_80x24_prefills_the_total_from_the_log_shows_the_plan_and_logs_only_this_visits_step_at_its_moment() =>
        LogsTheFirstStepOnly(80, 24);

    [Fact]
    public void An_oral_wean_at_120x40_logs_the_same_step_and_the_status_bar_offers_it()
    {
        LogsTheFirstStepOnly(120, 40);

        using var harness = OnOralBaclofen();
        harness.Ok(new UiScript().Sees("F9").Sees("Oral wean").Quit(), 120, 40);
    }

    [Fact]
    public void A_step_above_the_protocols_oral_wean_limit_is_refused_on_its_field_and_nothing_is_logged()
    {
        using var harness = OnOralBaclofen();

        harness.Ok(
            ToTheWean()
                .Tab()
                .Replace("60 %")
                .Press(Key.Enter)
                .Sees("refused: A 60 % oral wean step is above the protocol's")
                .Check(screen => Assert.DoesNotContain("◀ now", screen, StringComparison.Ordinal))
                .Press(Key.Esc, Key.Esc)
                .Quit());

        Assert.Single(Medications(harness));
    }

    [Fact]
    public void A_dose_the_tablets_cannot_make_is_refused_on_the_tablets_and_nothing_is_logged()
    {
        using var harness = OnOralBaclofen();

        harness.Ok(
            ToTheWean()
                .Tab(3)
                .Type("10 mg")
                .Press(Key.Enter)
                .Sees("is 15 mg a dose") // 60 mg/day in four doses: 10 mg tablets make 60 mg a day, not 15 mg a dose
                .Check(screen => Assert.DoesNotContain("◀ now", screen, StringComparison.Ordinal))
                .Press(Key.Esc, Key.Esc)
                .Quit());

        Assert.Single(Medications(harness));
    }

    [Fact]
    public void A_delayed_visit_at_120x40_shows_one_zero_date_in_the_table_and_the_working()
    {
        // The wean started on 2026-11-18 and would have reached zero on 2026-11-21; its next visit is three days late.
        using var harness = OnOralBaclofen(("15mg", "2026-11-18T08:00"));

        harness.Ok(
            new UiScript()
                .Press(Key.F9)
                .Replace("2026-11-21 08:30")
                .Press(Key.Enter)
                .Sees("A wean is in progress: from 80 mg/day, first step 2026-11-18 08:00")
                .Press(Key.Enter)
                .Sees(" 1 2026-11-18 Wed    60 mg/day     15 mg  —                  taken")
                .Sees(" 2 2026-11-21 Sat    40 mg/day     10 mg  —                  ◀ now")
                .Sees(" 4 2026-11-23 Mon         stop         —  none               later")
                .Sees("zero on 2026-11-23")
                .Check(screen => Assert.DoesNotContain("zero on 2026-11-21", screen, StringComparison.Ordinal))
                .Press(Key.Esc, Key.Esc, Key.Esc)
                .Quit(),
            120,
            40);

        Assert.Equal(2, Medications(harness).Count);
    }

    [Fact]
    public void Under_a_protocol_without_oral_wean_rules_the_oral_wean_key_is_hidden_and_says_why()
    {
        using var harness = new TuiHarness(TestProtocols.Default() with { OralWean = null }).Implanted("P-WEAN")
            .Cli("log", "record", "medication", "--patient", "P-WEAN", "--drug", "baclofen", "--dose", "20mg", "--every", "6h", "--at", "2026-11-10T09:00");

        harness.Ok(
            new UiScript()
                .Check(screen => Assert.DoesNotContain("Oral wean", screen, StringComparison.Ordinal))
                .Press(Key.F9)
                .Sees("Oral wean: not now")
                .Sees("no oral-wean rules")
                .Press(Key.Enter)
                .Quit(),
            120,
            40);

        Assert.Single(Medications(harness));
    }

    [Fact]
    public void The_patient_menus_timeline_hint_does_not_read_as_the_oral_wean_key()
    {
        using var harness = OnOralBaclofen();

        harness.Ok(
            new UiScript()
                .Press(Key.P.WithAlt)
                .Sees("F8, then F9") // F9 in the log review; F9 here is the oral wean
                .Check(screen => Assert.DoesNotContain("F8 F9", screen, StringComparison.Ordinal))
                .Press(Key.Esc)
                .Quit());
    }

    [Fact]
    public void The_last_step_of_a_wean_in_progress_logs_oral_baclofen_stopped()
    {
        using var harness = OnOralBaclofen(("15mg", "2026-11-18T08:00"), ("10mg", "2026-11-19T08:00"), ("5mg", "2026-11-20T08:00"));

        harness.Ok(
            new UiScript()
                .Press(Key.F9)
                .Replace("2026-11-21 08:30")
                .Press(Key.Enter)
                .Sees("A wean is in progress: from 80 mg/day, first step 2026-11-18 08:00")
                .Sees("2026-11-18") // the plan is dated from the wean's first step
                .Press(Key.Enter)
                .Sees(" 3 2026-11-20 Fri    20 mg/day      5 mg  —                  taken")
                .Sees(" 4 2026-11-21 Sat         stop         —  none               ◀ now")
                .Press(Key.Enter)
                .Sees("stopped")
                .Sees("none: the wean ends here")
                .Type("P-WEAN")
                .Press(Key.Enter)
                .Quit());

        var (stop, logged) = Medications(harness)[^1];
        Assert.Equal(Visit, stop.OccurredAt);
        Assert.Equal((true, (Mass?)null, MassFlow.Zero), (logged.Stopped, logged.Dose, logged.DailyTotal));
        Assert.Contains("oral wean step 4 of 4", logged.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_sooner_than_the_reassessment_interval_after_the_last_change_is_refused_on_the_visits_time()
    {
        using var harness = OnOralBaclofen(("15mg", "2026-11-20T20:00"));

        harness.Ok(
            new UiScript()
                .Press(Key.F9)
                .Replace("2026-11-21 08:30")
                .Press(Key.Enter)
                .Sees("last changed 12.5 h before this visit")
                .Press(Key.Esc)
                .Quit());

        Assert.Equal(2, Medications(harness).Count);
    }

    [Fact]
    public void The_oral_wean_key_for_a_patient_without_oral_baclofen_says_why_not()
    {
        using var harness = new TuiHarness().Implanted("P-NONE");

        harness.Ok(new UiScript()
            .Check(screen => Assert.DoesNotContain("Oral wean", screen, StringComparison.Ordinal))
            .Press(Key.F9)
            .Sees("Oral wean: not now")
            .Sees("no oral baclofen is in force")
            .Press(Key.Enter)
            .Quit());

        Assert.DoesNotContain(harness.Events("P-NONE"), e => e.Kind == EventKind.Medication);
    }
}
