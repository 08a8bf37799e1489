using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Tests.Tui;

public sealed class ImplantScreenTests : IDisposable
{
    private readonly TuiHarness tui = new();

    [Fact]
    public void The_implant_shows_the_start_dose_rule_with_its_working_and_the_dates_then_logs_it_once_confirmed()
    {
        var session = tui.Ok(keys => keys.ImplantedPatient("P1").Choose("Quit"));

        Assert.Contains("Starting dose: 100 mcg/day", session.Screen, StringComparison.Ordinal);
        Assert.Contains("Working", session.Screen, StringComparison.Ordinal);
        Assert.Contains("2 × 50 mcg", session.Screen.Replace("2 x", "2 ×", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("NOT YET TRANSFERRED TO THE PUMP", session.Screen, StringComparison.Ordinal);
        Assert.Contains("40 mL of 500 mcg/mL into the central reservoir port", session.Screen, StringComparison.Ordinal);
        Assert.Contains("R refill by", session.Screen, StringComparison.Ordinal);
        var events = tui.Events("P1");
        var implant = events.Single(e => e.Kind == EventKind.Implant);
        var payload = implant.ReadPayload<ImplantPayload>()!;
        Assert.Equal(
            ("synchromed-ii-40", Volume.FromMilliliters(40), MassConcentration.FromMicrogramsPerMilliliter(500), MassFlow.FromMicrogramsPerDay(100), VolumeFlow.FromMillilitersPerDay(0.2m)),
            (payload.PumpModelId, payload.FillVolume, payload.Concentration, payload.Dose, payload.Rate!.Value));
        Assert.NotNull(payload.AlarmDate);
        Assert.NotNull(payload.RefillByDate);
        Assert.True(payload.RefillByDate < payload.AlarmDate);
        Assert.Equal("synchromed-ii-40", events.Last(e => e.Kind == EventKind.PatientUpdated).ReadPayload<PatientUpdatedPayload>()!.Patient.PumpModelId);
        Assert.Equal(implant.Seq, events.Single(e => e.Kind == EventKind.ProgramTransferred).ReadPayload<ProgramTransferredPayload>()!.PlanSeq);
    }

    [Fact]
    public void An_implant_is_not_logged_until_the_patient_id_is_typed()
    {
        tui.Ok(keys => keys.RegisterAdult("P1").ScreenToPositive().Choose("Go")
            .Enter().Choose("40").Choose("Not").Choose("500").Enter().Choose("rule")
            .Line("P2").Line("cancel")
            .Choose("Quit"));

        Assert.DoesNotContain(tui.Events("P1"), e => e.Kind == EventKind.Implant);
    }

    [Fact]
    public void A_starting_dose_above_the_rule_is_refused_with_the_reason()
    {
        var session = tui.Ok(keys => keys.RegisterAdult("P1").ScreenToPositive().Choose("Go")
            .Enter().Choose("40").Choose("Not").Choose("500").Enter()
            .Choose("lower").Line("150 mcg/day")
            .Choose("Cancel")
            .Choose("Quit"));

        Assert.Contains("REFUSED: starting dose 150 mcg/day", session.Screen, StringComparison.Ordinal);
        Assert.Contains("the starting dose is not above 2 × the effective bolus", session.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain(tui.Events("P1"), e => e.Kind == EventKind.Implant);
    }

    public void Dispose() => tui.Dispose();
}
