using ItbPlanner.Testing;
using Terminal.Gui.Input;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>The therapy timeline (F9 in the log review, F8) on the published SPS case entered by the commands.</summary>
[Collection(TerminalGuiTests.Name)]
public class TimelineWindowTests
{
    private static TuiHarness SpsCase()
    {
        var harness = new TuiHarness();
        foreach (var command in SpsPublishedCase.Commands)
        {
            harness.Cli(command);
        }

        return harness;
    }

    [Fact]
    public void F9_in_the_log_review_shows_every_series_as_a_lane_that_scrolls_at_80_by_24_and_esc_goes_back()
    {
        using var harness = SpsCase();
        var before = harness.Events(SpsPublishedCase.Patient).Count;

        harness.Ok(new UiScript()
            .Press(Key.F8)
            .Sees("Log of patient SPS1 · F9 timeline · Esc closes")
            .Press(Key.F9)
            .Sees("Therapy timeline of patient SPS1 · Esc closes")
            .Sees("Patient SPS1, 2026-01-05 to 2026-11-21: ITB daily dose 186 mcg/day;")
            .Sees("ITB daily dose")
            .Sees("2026-06-01")
            .Sees("100 mcg/day")
            .Sees("ITB daily dose: Intrathecal baclofen daily dose (mcg/day), steps up to 186")
            .Press(Key.PageDown, Key.PageDown, Key.PageDown, Key.PageDown)
            .Sees("SPS heightened")
            .Check(screen => Assert.DoesNotContain("100 mcg/day", screen, StringComparison.Ordinal))
            .Press(Key.End)
            .Sees("SPS heightened sensitivity 2026-10-05: 1 · assessment, event")
            .Press(Key.Esc)
            .Sees("Log of patient SPS1")
            .Press(Key.Esc)
            .Quit());

        Assert.Equal(before, harness.Events(SpsPublishedCase.Patient).Count);
    }

    [Fact]
    public void At_120_by_40_more_lanes_show_at_once_with_values_whole_and_a_selected_heading_shows_its_scale()
    {
        using var harness = SpsCase();

        harness.Ok(
            new UiScript()
                .Press(Key.F8, Key.F9)
                .Sees("Therapy timeline of patient SPS1")
                .Sees("15 mg × 24 h ÷ 8 h = 45 mg/day")
                .Sees("stopped: 0 mg/day")
                .Sees("2026-02-09 to 2026-02-13")
                .Sees("IVIG 124 g over 5 days")
                .Sees("SPS distribution of stiffness")
                .Press([.. Enumerable.Repeat(Key.CursorDown, 9)])
                .Sees("Oral baclofen: Oral baclofen daily total (mg/day), steps up to 45")
                .Press(Key.Esc, Key.Esc)
                .Quit(),
            width: 120,
            height: 40);
    }

    [Fact]
    public void The_patient_menu_opens_the_selected_patients_timeline()
    {
        using var harness = SpsCase();

        harness.Ok(new UiScript()
            .Sees("SPS1")
            .Press(Key.P.WithAlt, Key.T)
            .Sees("Therapy timeline of patient SPS1 · Esc closes")
            .Sees("ITB daily dose")
            .Press(Key.Esc)
            .Check(screen => Assert.DoesNotContain("Therapy timeline", screen, StringComparison.Ordinal))
            .Quit());
    }
}
