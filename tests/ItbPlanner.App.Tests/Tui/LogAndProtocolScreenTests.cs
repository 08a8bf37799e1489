using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Storage;

namespace ItbPlanner.App.Tests.Tui;

public sealed class LogAndProtocolScreenTests : IDisposable
{
    private readonly TuiHarness tui = new();

    [Fact]
    public void The_log_review_filters_by_kind_draws_the_dose_chart_and_exports_the_verified_log()
    {
        tui.Ok(keys => keys.ImplantedPatient("P1").Choose("Quit"));
        var file = Path.Combine(tui.Directory, "p1.csv");

        var session = tui.Ok(keys => keys
            .Choose("Review").Choose("P1")
            .Choose("kind").Choose("implant")
            .Choose("chart").Choose("Back")
            .Choose("Export").Choose("CSV").Line(file).Choose("Back")
            .Choose("Cancel")
            .Choose("Quit"));

        Assert.Contains("Log of patient P1", session.Screen, StringComparison.Ordinal);
        Assert.Contains("1 of ", session.Screen, StringComparison.Ordinal);
        Assert.Contains("Daily dose (mcg/day), patient P1", session.Screen, StringComparison.Ordinal);
        Assert.Contains($"to {file}", session.Screen, StringComparison.Ordinal);
        var csv = File.ReadAllLines(file);
        Assert.Equal(tui.Events("P1").Count + 1, csv.Length);
    }

    [Fact]
    public void The_log_review_pages_through_a_long_log_newest_first()
    {
        tui.Ok(keys => keys.ImplantedPatient("P1").Choose("Quit"));
        using (var database = LogDatabase.Open(tui.Database, tui.Clock))
        {
            var at = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
            new EventStore(database).AppendAll([.. Enumerable.Range(1, 60).Select(i => new NewEvent(new PatientId("P1"), at, "nurse", new NotePayload($"Check {i}")))]);
        }

        var session = tui.Ok(keys => keys.Choose("Review").Choose("P1").Choose("Older").Choose("Older").Choose("Newer").Choose("Cancel").Choose("Quit"));

        Assert.Contains("page 1 of 3, newest first", session.Screen, StringComparison.Ordinal);
        Assert.Contains("page 3 of 3, newest first", session.Screen, StringComparison.Ordinal);
        Assert.Contains("Check 60", session.Screen, StringComparison.Ordinal);
        Assert.Contains("Check 1 ", session.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void The_home_screen_says_when_no_signed_checkpoint_of_the_log_was_taken()
    {
        var session = tui.Ok(keys => keys.ImplantedPatient("P1").Choose("Quit"));

        Assert.Contains("CHECKPOINT_STALE: No signed checkpoint of the log has been taken", session.Screen.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void The_protocol_screen_pages_through_the_settings_and_names_those_awaiting_site_verification()
    {
        var session = tui.Ok(keys => keys.Choose("Protocol").Choose("Next").Choose("Back").Choose("Quit"));

        Assert.Contains("(page 1 of", session.Screen, StringComparison.Ordinal);
        Assert.Contains("(page 2 of", session.Screen, StringComparison.Ordinal);
        Assert.Contains("VERIFY ON SITE", session.Screen, StringComparison.Ordinal);
        Assert.Contains("settings marked VERIFY ON SITE must be checked before clinical use", session.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Back_and_cancel_are_offered_on_every_screen_and_leave_nothing_in_the_log()
    {
        var session = tui.Ok(keys => keys
            .Choose("New").Line("P9").Line("back").Line("cancel")
            .Choose("Protocol").Choose("Cancel")
            .Choose("Quit"));

        Assert.Empty(tui.Events("P9"));
        Assert.Contains("← Back", session.Screen, StringComparison.Ordinal);
        Assert.Contains("✕ Cancel", session.Screen, StringComparison.Ordinal);
        Assert.Contains("Keys: ", session.Screen, StringComparison.Ordinal);
    }

    public void Dispose() => tui.Dispose();
}
