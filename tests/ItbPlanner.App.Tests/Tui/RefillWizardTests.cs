using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using Terminal.Gui.Input;

namespace ItbPlanner.App.Tests.Tui;

[Collection(TerminalGuiTests.Name)]
public class RefillWizardTests
{
    /// <summary>F6, then the visit's date-time typed over the default, then the residual.</summary>
    private static UiScript Start(string at, string aspirated) =>
        new UiScript().Press(Key.F6).Sees("Refill visit · patient P1").Replace(at).Tab().Type(aspirated).Press(Key.Enter);

    [Fact]
    public void A_routine_refill_is_four_steps_on_one_80x24_screen_each_and_logs_at_the_visit_time()
    {
        using var harness = new TuiHarness().Implanted("P1");

        var session = harness.Ok(Start("2026-11-20 10:00", "36.8 mL")
            .Sees("Strength")
            .Press(Key.Enter)
            .Sees("Daily dose")
            .Press(Key.Enter)
            .Check(screen =>
            {
                Assert.Contains("Daily dose    100 mcg/day", screen, StringComparison.Ordinal);
                Assert.Contains("Refill by", screen, StringComparison.Ordinal);
                Assert.Contains(" Mo Tu We Th Fr Sa Su", screen, StringComparison.Ordinal);
                Assert.Contains("Type the patient's id", screen, StringComparison.Ordinal);
            })
            .Type("P1")
            .Press(Key.Enter)
            .Sees("NOT YET TRANSFERRED TO THE PUMP")
            .Press(Key.Enter)
            .Sees("PROGRAM_NOT_TRANSFERRED")
            .Quit());

        var refill = harness.Events("P1").Single(e => e.Kind == EventKind.Refill);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), refill.OccurredAt);
        var payload = refill.ReadPayload<RefillPayload>()!;
        Assert.Equal((Volume.FromMilliliters(36.8m), Volume.FromMilliliters(40)), (payload.Aspirated, payload.FillVolume));
        Assert.Contains(session.Screens, s => s.Contains("Step 4", StringComparison.Ordinal) || s.Contains("Review", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refill_during_a_withdrawal_emergency_keeps_the_emergency_in_view_on_every_step()
    {
        using var harness = new TuiHarness().Implanted("P1")
            .Cli("log", "record", "withdrawal-emergency", "--patient", "P1", "--symptoms", "itch, rebound spasticity", "--action", "oral baclofen", "--at", "2026-11-20T09:00");

        harness.Ok(Start("2026-11-20 10:00", "36.8 mL")
            .Check(screen => Assert.Contains("‼ WITHDRAWAL_EMERGENCY_OPEN", screen.Split('\n')[0], StringComparison.Ordinal))
            .Press(Key.Enter)
            .Check(screen => Assert.Contains("‼ WITHDRAWAL_EMERGENCY_OPEN", screen.Split('\n')[0], StringComparison.Ordinal))
            .Press(Key.Esc, Key.Esc, Key.Esc)
            .Quit());
    }

    [Fact]
    public void Marking_the_refill_transferred_stamps_the_visit_time_not_the_clock()
    {
        using var harness = new TuiHarness().Implanted("P1");

        harness.Ok(Start("2026-11-20 10:00", "36.8 mL")
            .Press(Key.Enter).Press(Key.Enter)
            .Type("P1").Press(Key.Enter)
            .Sees("NOT YET TRANSFERRED TO THE PUMP")
            .Press(Key.Tab, Key.Enter)
            .Sees("No open critical alerts.")
            .Quit());

        var events = harness.Events("P1");
        var refill = events.Single(e => e.Kind == EventKind.Refill);
        var transfer = events.Last(e => e.Kind == EventKind.ProgramTransferred);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), transfer.OccurredAt);
        Assert.Equal(refill.Seq, transfer.ReadPayload<ProgramTransferredPayload>()!.PlanSeq);
    }

    [Fact]
    public void An_under_delivery_residual_opens_a_modal_only_ACK_and_the_action_close_and_both_are_logged_at_the_visit_time()
    {
        using var harness = new TuiHarness().Implanted("P1");

        harness.Ok(Start("2026-11-20 10:00", "39 mL")
            .Sees("CRITICAL")
            .Press(Key.Esc)
            .Sees("CRITICAL")
            .Type("ACK").Tab().Type("pump interrogated, catheter study booked").Press(Key.Enter)
            .Sees("Strength")
            .Press(Key.Esc).Press(Key.Esc)
            .Quit());

        var events = harness.Events("P1");
        var raised = events.Single(e => e.Kind == EventKind.AlarmRaised);
        var acknowledged = events.Single(e => e.Kind == EventKind.AlarmAcknowledged);
        var visit = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal((visit, visit), (raised.OccurredAt, acknowledged.OccurredAt));
        Assert.Equal("pump interrogated, catheter study booked", acknowledged.ReadPayload<AlarmAcknowledgedPayload>()!.Action);
        Assert.DoesNotContain(events, e => e.Kind == EventKind.Refill);
    }

    [Fact]
    public void A_residual_more_than_the_reservoir_holds_is_marked_on_its_field_in_words()
    {
        using var harness = new TuiHarness().Implanted("P1");

        harness.Ok(Start("2026-11-20 10:00", "60 mL")
            .Sees("more than the Medtronic SynchroMed II 40 mL holds")
            .Press(Key.Esc)
            .Quit());

        Assert.DoesNotContain(harness.Events("P1"), e => e.Kind is EventKind.Refill or EventKind.AlarmRaised);
    }

    [Fact]
    public void A_reservoir_volume_typed_as_the_dead_space_is_refused_on_its_field()
    {
        using var harness = new TuiHarness().Implanted("P1");

        harness.Ok(Start("2026-11-20 10:00", "36.8 mL")
            .Tab(2).Type("40 mL")
            .Tab().Replace("1000 mcg/mL").Press(Key.Enter)
            .Sees("more than pump tubing and a")
            .Press(Key.Esc).Press(Key.Esc)
            .Quit());
    }

    [Fact]
    public void The_typed_id_must_match_before_anything_is_logged()
    {
        using var harness = new TuiHarness().Implanted("P1");

        harness.Ok(Start("2026-11-20 10:00", "36.8 mL")
            .Press(Key.Enter).Press(Key.Enter)
            .Type("P2").Press(Key.Enter)
            .Sees("type P1 exactly")
            .Press(Key.Esc).Press(Key.Esc).Press(Key.Esc).Press(Key.Esc)
            .Quit());

        Assert.DoesNotContain(harness.Events("P1"), e => e.Kind == EventKind.Refill);
    }
}
