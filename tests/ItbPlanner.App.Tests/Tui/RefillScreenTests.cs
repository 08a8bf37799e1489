using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.Tui;

public sealed class RefillScreenTests : IDisposable
{
    private readonly TuiHarness tui = new();

    // Implanted 2026-11-21 09:00 with 40 mL of 500 mcg/mL at 100 mcg/day = 0.2 mL/day; ten days later 38 mL is expected back.
    public RefillScreenTests()
    {
        tui.Ok(keys => keys.ImplantedPatient("P1").Choose("Quit"));
        tui.Clock.Advance(TimeSpan.FromDays(10));
    }

    [Fact]
    public void A_refill_with_a_new_concentration_shows_the_bridge_and_logs_the_refill_and_the_new_program()
    {
        var session = tui.Ok(keys => keys
            .Choose("Refill").Choose("P1")
            .Enter()
            .Line("38 mL")
            .Choose("1000")
            .Enter()
            .Line("LOT-7")
            .Line("0.25 mL")
            .Line(CriticalAlertGateWord).Line("bridge programmed as shown")
            .Choose("Keep")
            .Line("P1")
            .Choose("Mark")
            .Choose("Cancel")
            .Choose("Quit"));

        Assert.Contains("within tolerance", session.Screen, StringComparison.Ordinal);
        Assert.Contains("Concentration change — 500 mcg/mL → 1000 mcg/mL", session.Screen, StringComparison.Ordinal);
        Assert.Contains("Bridge", session.Screen, StringComparison.Ordinal);
        Assert.Contains("BRIDGE_BOLUS_REQUIRED", session.Screen, StringComparison.Ordinal);
        Assert.Contains("0.25 mL at 0.2 mL/day for 30 h", session.Screen, StringComparison.Ordinal);
        Assert.Contains("Refill of patient P1", session.Screen, StringComparison.Ordinal);
        Assert.Contains("T today's refill 2026-12-01", session.Screen, StringComparison.Ordinal);

        var events = tui.Events("P1");
        var refill = events.Single(e => e.Kind == EventKind.Refill).ReadPayload<RefillPayload>()!;
        Assert.Equal(
            (Volume.FromMilliliters(38), Volume.FromMilliliters(40), MassConcentration.FromMicrogramsPerMilliliter(1000), Volume.FromMilliliters(38), "LOT-7"),
            (refill.Aspirated, refill.FillVolume, refill.Concentration, refill.ExpectedResidual!.Value, refill.Lot));
        var program = events.Single(e => e.Kind == EventKind.DoseProgram).ReadPayload<DoseProgramPayload>()!;
        Assert.Equal(
            (MassFlow.FromMicrogramsPerDay(100), MassConcentration.FromMicrogramsPerMilliliter(1000), VolumeFlow.FromMillilitersPerDay(0.1m), MassConcentration.FromMicrogramsPerMilliliter(500)),
            (program.Dose, program.Concentration, program.Rate!.Value, program.PreviousConcentration!.Value));
        Assert.Equal(refill.RefillByDate, program.RefillByDate);
        var bridgeAlarm = events.Single(e => e.Kind == EventKind.AlarmRaised).ReadPayload<AlarmRaisedPayload>()!;
        Assert.Equal((AlarmType.SafetyAlert, "BRIDGE_BOLUS_REQUIRED"), (bridgeAlarm.Alarm, bridgeAlarm.AlertCode));
        Assert.Equal("bridge programmed as shown", events.Single(e => e.Kind == EventKind.AlarmAcknowledged).ReadPayload<AlarmAcknowledgedPayload>()!.Action);
    }

    [Fact]
    public void A_residual_far_below_the_expected_one_blocks_the_visit_until_acknowledged_and_the_acknowledgement_is_logged()
    {
        var session = tui.Ok(keys => keys
            .Choose("Refill").Choose("P1")
            .Enter()
            .Line("30 mL")
            .Line("ok")
            .Line(CriticalAlertGateWord)
            .Line("pump interrogated; catheter study booked")
            .Choose("Cancel")
            .Choose("Quit"));

        Assert.Contains("CRITICAL — ACKNOWLEDGE TO CONTINUE", session.Screen, StringComparison.Ordinal);
        Assert.Contains("OVER_DELIVERY", session.Screen, StringComparison.Ordinal);
        Assert.Contains("Type exactly 'ACK' to confirm", session.Screen, StringComparison.Ordinal);
        Assert.Contains("Acknowledged by nurse: OVER_DELIVERY", session.Screen, StringComparison.Ordinal);

        var events = tui.Events("P1");
        var raised = events.Single(e => e.Kind == EventKind.AlarmRaised);
        Assert.Equal((AlarmType.SafetyAlert, "OVER_DELIVERY"), (raised.ReadPayload<AlarmRaisedPayload>()!.Alarm, raised.ReadPayload<AlarmRaisedPayload>()!.AlertCode));
        var acknowledged = events.Single(e => e.Kind == EventKind.AlarmAcknowledged).ReadPayload<AlarmAcknowledgedPayload>()!;
        Assert.Equal((raised.Seq, "pump interrogated; catheter study booked"), (acknowledged.AlarmSeq, acknowledged.Action));
        Assert.Equal("nurse", raised.Author);
        Assert.DoesNotContain(events, e => e.Kind == EventKind.Refill);
    }

    [Fact]
    public void A_dose_change_at_the_refill_is_held_to_the_limits()
    {
        var session = tui.Ok(keys => keys
            .Choose("Refill").Choose("P1")
            .Enter()
            .Line("38 mL")
            .Choose("Keep")
            .Enter()
            .Enter()
            .Choose("Change")
            .Line("2500 mcg/day")
            .Line("back")
            .Choose("Keep")
            .Line("P1")
            .Choose("Not")
            .Choose("Cancel")
            .Choose("Quit"));

        Assert.Contains("REFUSED: 2500 mcg/day — beyond a hard limit", session.Screen, StringComparison.Ordinal);
        Assert.Contains("not above the hard ceiling of 2000 mcg/day", session.Screen, StringComparison.Ordinal);
        var events = tui.Events("P1");
        Assert.Single(events, e => e.Kind == EventKind.Refill);
        Assert.DoesNotContain(events, e => e.Kind == EventKind.DoseProgram);
        Assert.Equal(EventKind.Refill, Domain.Log.Timeline.TherapyRecord.Read(TestProtocols.Default(), events).PendingTransfer?.Kind);
    }

    [Fact]
    public void At_a_refill_during_titration_the_clinician_may_declare_titration_complete_and_the_program_is_logged_as_maintenance()
    {
        tui.Ok(keys => keys.TitrateProposed("P1", "200 mcg/day").Choose("Quit"));
        var titrated = tui.Events("P1").Last(e => e.Kind == EventKind.DoseProgram).ReadPayload<DoseProgramPayload>()!.Dose;
        var session = tui.Ok(keys => keys
            .Choose("Refill").Choose("P1")
            .Enter()
            .Line("38 mL")
            .Choose("Keep")
            .Enter()
            .Enter()
            .Choose("complete")
            .Line("P1")
            .Choose("Mark")
            .Choose("Cancel")
            .Choose("Quit"));

        Assert.Contains("Titration complete → maintenance", session.Screen, StringComparison.Ordinal);
        Assert.Matches(@"Phase\s+║ titrating\s+║ maintenance ◀", session.Screen);
        Assert.Contains("Phase    maintenance", session.Screen, StringComparison.Ordinal);
        var program = tui.Events("P1").Last(e => e.Kind == EventKind.DoseProgram).ReadPayload<DoseProgramPayload>()!;
        Assert.Equal((DosePhase.Maintenance, titrated), (program.Phase!.Value, program.Dose));
    }

    [Fact]
    public void Before_titration_has_started_the_refill_does_not_offer_maintenance()
    {
        var session = tui.Ok(keys => keys
            .Choose("Refill").Choose("P1")
            .Enter()
            .Line("38 mL")
            .Choose("Keep")
            .Enter()
            .Enter()
            .Choose("Keep")
            .Line("P1")
            .Choose("Not")
            .Choose("Cancel")
            .Choose("Quit"));

        Assert.DoesNotContain("Titration complete", session.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain(tui.Events("P1"), e => e.Kind == EventKind.DoseProgram && e.Seq > 1 && e.ReadPayload<DoseProgramPayload>()!.Phase == DosePhase.Maintenance);
    }

    private const string CriticalAlertGateWord = "ACK";

    public void Dispose() => tui.Dispose();
}
