using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.App.Tests.Tui;

public sealed class HomeScreenTests : IDisposable
{
    private readonly TuiHarness tui = new();

    [Fact]
    public void The_schedule_lists_who_runs_out_first_and_marks_withdrawal_risk()
    {
        tui.Ok(keys => keys
            .ImplantedPatient("P1")
            .Choose("New").Line("P2").Line("J.D.").Choose("Adult").Choose("Cerebral").Choose("communicating").Choose("Done").Enter().Choose("Register")
            .Choose("Cancel")
            .Choose("Quit"));

        var session = tui.Ok(keys => keys.Choose("Quit"));

        var home = Last(session.Screen, "ItbPlanner · Home");
        Assert.Contains("Refill schedule — who runs out first", home, StringComparison.Ordinal);
        Assert.True(home.IndexOf("│ P1", StringComparison.Ordinal) < home.IndexOf("│ P2 J.D.", StringComparison.Ordinal), "implanted patients with dates come first");
        Assert.Contains("⚠ WITHDRAWAL RISK", home, StringComparison.Ordinal);
        Assert.Contains("candidate", home, StringComparison.Ordinal);
        Assert.DoesNotContain("CRITICAL", home, StringComparison.Ordinal);
        Assert.Contains("Open alarms: none", home, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overdue_refill_stays_in_a_red_panel_until_acknowledged_and_the_acknowledgement_is_logged()
    {
        tui.Ok(keys => keys.ImplantedPatient("P1").Choose("Quit"));
        tui.Clock.Advance(TimeSpan.FromDays(200));

        var before = tui.Ok(keys => keys.Choose("Quit"));
        var acknowledged = tui.Ok(keys => keys.Choose("Acknowledge").Line("ACK").Line("refill booked for tomorrow, patient phoned").Choose("Quit"));
        var after = tui.Ok(keys => keys.Choose("Quit"));

        Assert.Contains("CRITICAL — ACKNOWLEDGE TO CONTINUE", before.Screen, StringComparison.Ordinal);
        Assert.Contains("PAST_ALARM_DATE", before.Screen, StringComparison.Ordinal);
        Assert.Contains("Acknowledge critical alerts", before.Screen, StringComparison.Ordinal);
        Assert.Contains("Acknowledged by nurse", acknowledged.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain("CRITICAL — ACKNOWLEDGE TO CONTINUE", Last(after.Screen, "ItbPlanner · Home"), StringComparison.Ordinal);
        Assert.Contains("PAST ALARM", Last(after.Screen, "ItbPlanner · Home"), StringComparison.Ordinal);

        var events = tui.Events("P1");
        var raised = events.Where(e => e.Kind == EventKind.AlarmRaised).Select(e => e.ReadPayload<AlarmRaisedPayload>()!.AlertCode).ToArray();
        Assert.Contains("PAST_ALARM_DATE", raised);
        Assert.Equal(raised.Length, events.Count(e => e.Kind == EventKind.AlarmAcknowledged));
        Assert.All(events.Where(e => e.Kind == EventKind.AlarmAcknowledged), e => Assert.Equal("refill booked for tomorrow, patient phoned", e.ReadPayload<AlarmAcknowledgedPayload>()!.Action));
    }

    [Fact]
    public void A_pending_plan_leads_the_home_screen_in_red_until_marked_transferred()
    {
        tui.Ok(keys => keys.RegisterAdult("P1").ScreenToPositive().Choose("Go")
            .Enter().Choose("40").Choose("Not").Choose("500").Enter().Choose("rule").Line("P1")
            .Choose("Not")
            .Choose("Cancel").Choose("Quit"));

        var pending = tui.Ok(keys => keys.OpenPatient("P1").Choose("Mark").Line("programmer printout compared").Choose("Cancel").Choose("Quit"));
        var done = tui.Ok(keys => keys.Choose("Quit"));

        var home = pending.Screen[..pending.Screen.IndexOf("ItbPlanner · Patient", StringComparison.Ordinal)];
        Assert.Contains("NOT YET TRANSFERRED TO THE PUMP", home, StringComparison.Ordinal);
        Assert.Contains("patient P1: implant #", home, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT YET TRANSFERRED", done.Screen, StringComparison.Ordinal);
        var transferred = tui.Events("P1").Single(e => e.Kind == EventKind.ProgramTransferred).ReadPayload<ProgramTransferredPayload>()!;
        Assert.Equal("programmer printout compared", transferred.Notes);
    }

    private static string Last(string screen, string title) => screen[screen.LastIndexOf(title, StringComparison.Ordinal)..];

    public void Dispose() => tui.Dispose();
}
