using ItbPlanner.App.Tests.Cli;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>Issue 9, "Dosing and refill safety", in the terminal UI: the same dates, alerts and refills as the command line.</summary>
public sealed class DosingAndRefillSafetyScreenTests : IDisposable
{
    private readonly TuiHarness tui = new();

    public void Dispose() => tui.Dispose();

    /// <summary>The command line on the UI's log and clock.</summary>
    private CliHarness.Result Cli(params string[] args) =>
        CliHarness.RunWith(new CliHarness.Options { Time = tui.Clock, Protocol = tui.Protocol, Variables = new() { ["USER"] = "nurse" } }, [.. args, "--db", tui.Database]);

    /// <summary>What the last home screen of a session showed.</summary>
    private static string LastHome(TuiHarness.Session session) => session.Screen[session.Screen.LastIndexOf("ItbPlanner · Home", StringComparison.Ordinal)..];

    [Fact]
    public void Stale_dates_in_views_the_patient_screen_and_the_refill_review_show_the_dates_schedule_recomputes()
    {
        DosingAndRefillSafetyTests.RecordM1(Cli);
        var entry = Cli("schedule", "--json").Json.GetProperty("patients")[0];
        var (alarm, refillBy) = (entry.GetProperty("alarmDate").GetString(), entry.GetProperty("refillByDate").GetString());
        var (empty, worst) = (entry.GetProperty("emptyDate").GetString(), entry.GetProperty("worstCaseEmptyDate").GetString());
        Assert.Equal(("2026-11-18", "2026-11-12", "2026-11-05"), (empty, worst, refillBy));

        // The patient screen, a refill visit up to its review (0.2 mL left, as expected) abandoned at the typed id, the log review.
        var session = tui.Ok(keys => keys
            .OpenPatient("M1").Choose("Cancel")
            .Choose("Refill").Choose("M1").Enter().Line("0.2 mL").Choose("Keep").Enter().Enter().Choose("Keep").Line("cancel")
            .Choose("Review").Choose("M1").Choose("Cancel")
            .Choose("Quit"));

        var screen = DosingAndRefillSafetyTests.Flat(session.Screen);
        Assert.Contains($"alarm {alarm}, empty {empty}, worst-case empty {worst}, refill by {refillBy}", screen, StringComparison.Ordinal);
        Assert.Contains("recorded alarm 2026-12-30, recorded refill by 2026-12-14 (event 5; the program changed since) — not current", screen, StringComparison.Ordinal);
        Assert.Matches($@"Low-reservoir alarm\s+║ {alarm} \(Mon\)", session.Screen);
        Assert.Matches($@"Refill by\s+║ {refillBy} \(Thu\)", session.Screen);
        Assert.Contains($"Current dates (recomputed as itb schedule does), 2026-11-21: alarm {alarm}", screen, StringComparison.Ordinal);
        var rest = DosingAndRefillSafetyTests.WithoutRecordedDates(screen);
        Assert.DoesNotContain("2026-12-30", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-12-14", rest, StringComparison.Ordinal);
        Assert.DoesNotContain(tui.Events("M1"), e => e.Kind == EventKind.Refill);
    }

    [Fact]
    public void A_withdrawal_emergency_nobody_sees_is_in_the_critical_list_a_refill_is_possible_in_both_front_ends_until_it_is_resolved()
    {
        // Implanted 2026-11-21 09:00 with 40 mL of 500 mcg/mL at 100 mcg/day; ten days later, signs of withdrawal.
        tui.Ok(keys => keys.ImplantedPatient("P1").Choose("Quit"));
        tui.Clock.Advance(TimeSpan.FromDays(10));

        var declared = tui.Ok(keys => keys
            .OpenPatient("P1").Choose("Withdrawal").Enter().Line("itch and rebound spasticity").Line("oral baclofen given").Line("P1")
            .BackHomeAndQuit());

        var home = LastHome(declared);
        Assert.Contains("CRITICAL — ACKNOWLEDGE TO CONTINUE", home, StringComparison.Ordinal);
        Assert.Contains("WITHDRAWAL_EMERGENCY_OPEN", home, StringComparison.Ordinal);
        Assert.Contains("EMERGENCY", home, StringComparison.Ordinal);
        Assert.Contains("CRITICAL WITHDRAWAL_EMERGENCY_OPEN", declared.Screen, StringComparison.Ordinal);

        // The UI offers the refill visit, as the log's guard allows it, and logs it.
        var refilled = tui.Ok(keys => keys
            .OpenPatient("P1").Choose("Refill")
            .Enter().Line("38 mL").Choose("Keep").Enter().Enter().Choose("Keep").Line("P1").Choose("Mark")
            .BackHomeAndQuit());

        Assert.DoesNotContain("✗ Refill visit", refilled.Screen, StringComparison.Ordinal);
        Assert.Single(tui.Events("P1"), e => e.Kind == EventKind.Refill);
        tui.Clock.Advance(TimeSpan.FromHours(1));
        var logged = Cli("log", "record", "refill", "--patient", "P1", "--aspirated", "40mL", "--fill-volume", "40mL", "--concentration", "500mcg/mL");
        Assert.True(logged.ExitCode == 0, logged.Error);

        // Acknowledging it logs who acts; it stays in the critical list until therapy resumes.
        var acknowledged = tui.Ok(keys => keys.Choose("Acknowledge").Line("ACK").Line("admitted, pump interrogated").Choose("Quit"));
        Assert.Contains("WITHDRAWAL_EMERGENCY_OPEN", LastHome(acknowledged), StringComparison.Ordinal);

        var resolved = tui.Ok(keys => keys
            .OpenPatient("P1").Choose("resolved").Enter().Choose("before").Enter().Choose("Log")
            .BackHomeAndQuit());

        Assert.DoesNotContain("WITHDRAWAL_EMERGENCY_OPEN", LastHome(resolved), StringComparison.Ordinal);
        Assert.Equal(EventKind.TherapyResumed, tui.Events("P1")[^1].Kind);
        Assert.Equal("oral baclofen given", tui.Events("P1").Single(e => e.Kind == EventKind.WithdrawalEmergency).ReadPayload<WithdrawalEmergencyPayload>()!.Action);
    }
}
