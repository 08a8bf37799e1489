using ItbPlanner.App.Tui;
using ItbPlanner.Domain.Log;
using ItbPlanner.Testing;
using Terminal.Gui.Input;

namespace ItbPlanner.App.Tests.Tui;

[Collection(TerminalGuiTests.Name)]
public class MainWindowTests
{
    /// <summary>Eleven patients past their alarm date and the rest of the sample clinic: twelve and more on one screen.</summary>
    private static PatientHistory[] CrowdedClinic() =>
    [
        .. Enumerable.Range(1, 11).Select(i => ClinicLogSamples.PastAlarm() is var h ? h with { Patient = h.Patient with { Id = new PatientId($"P-ALARM-{i:00}") } } : null!),
        ClinicLogSamples.DueSoon(),
        ClinicLogSamples.Overdue(),
    ];

    [Fact]
    public void Critical_banner_stays_on_an_80x24_screen_with_twelve_patients_in_three_lines_and_says_how_many_more()
    {
        using var harness = new TuiHarness().With(CrowdedClinic());

        var session = harness.Ok(new UiScript().Check(screen =>
        {
            var lines = screen.Split('\n');
            Assert.Contains("‼ P-ALARM-01: PAST_ALARM_DATE", lines[2], StringComparison.Ordinal);
            Assert.Contains("‼ +", lines[4], StringComparison.Ordinal);
            Assert.Contains("more critical alerts", lines[4], StringComparison.Ordinal);
            Assert.DoesNotContain("‼", lines[5], StringComparison.Ordinal);
        }).Press(Key.CursorDown, Key.CursorDown, Key.PageDown, Key.PageDown).Sees("‼ P-ALARM-01: PAST_ALARM_DATE").Quit());

        Assert.All(session.Screens, s => Assert.Contains("PAST_ALARM_DATE", s.Split('\n')[2], StringComparison.Ordinal));
    }

    [Fact]
    public void A_larger_screen_gives_the_banner_more_lines_and_the_table_more_rows()
    {
        using var harness = new TuiHarness().With(CrowdedClinic());

        harness.Ok(new UiScript().Check(screen =>
        {
            var lines = screen.Split('\n');
            Assert.Contains("‼", lines[7], StringComparison.Ordinal);
            Assert.Contains("P-SOON", screen, StringComparison.Ordinal);
        }).Quit(), width: 120, height: 40);
    }

    [Fact]
    public void The_clinic_table_reads_each_patient_through_their_course_snapshot()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.DueSoon(), ClinicLogSamples.Overdue());

        harness.Ok(new UiScript().Sees("P-SOON").Quit());

        // The logs were written without the guard, so no snapshot existed: reading through them saved one per patient.
        Assert.Equal("P-OVERDUE\nP-SOON", harness.Sqlite3("SELECT patient_id FROM course_snapshots ORDER BY patient_id"));
    }

    [Fact]
    public void The_clinic_table_lists_the_most_urgent_first_with_recomputed_dates_and_the_selected_patients_summary()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.DueSoon(), ClinicLogSamples.Overdue());

        harness.Ok(new UiScript()
            .Check(screen =>
            {
                Assert.True(screen.IndexOf("P-OVERDUE", StringComparison.Ordinal) < screen.IndexOf("P-SOON", StringComparison.Ordinal), screen);
                Assert.Contains("2026-12-02", screen, StringComparison.Ordinal); // P-SOON's refill-by, recomputed
            })
            .Press(Key.CursorDown)
            .Sees("Refill by 2026-12-02 Wed (11 days)")
            .Quit());
    }

    [Fact]
    public void Esc_on_the_main_window_does_not_quit_and_ctrl_q_does()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.DueSoon());

        var session = harness.Ok(new UiScript().Press(Key.Esc).Sees("P-SOON").Quit());

        Assert.Equal(0, session.ExitCode);
    }

    [Fact]
    public void A_visit_the_workflow_does_not_permit_says_which_guard_is_unmet()
    {
        using var harness = new TuiHarness().With(ClinicLogSamples.NotImplanted());

        harness.Ok(new UiScript().Press(Key.F6).Sees("Refill: not now").Press(Key.Enter).Quit());
    }

    [Fact]
    public void A_refused_patient_id_keeps_the_new_patient_form_open_and_marks_the_field()
    {
        using var harness = new TuiHarness();

        harness.Ok(new UiScript()
            .Press(Key.F2).Sees("New patient")
            .Type("bad id!").Press(Key.Enter)
            .Sees("Patient id:")
            .Check(screen => Assert.Contains("New patient", screen, StringComparison.Ordinal))
            .Press(Key.Esc)
            .Quit());
    }

    [Fact]
    public void A_non_interactive_terminal_gets_one_line_and_exit_2()
    {
        using var harness = new TuiHarness();

        var session = harness.Run(new UiScript(), interactive: false);

        Assert.Equal(2, session.ExitCode);
        Assert.Equal(TuiApp.NotInteractiveMessage, session.Error.Trim());
        Assert.False(session.Started);
    }
}
