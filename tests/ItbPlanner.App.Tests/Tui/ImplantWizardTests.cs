using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using Terminal.Gui.Input;
using static ItbPlanner.App.Tests.Tui.ScreeningHistories;

namespace ItbPlanner.App.Tests.Tui;

[Collection(TerminalGuiTests.Name)]
public class ImplantWizardTests
{
    /// <summary>Alt+N: the wizard's Next, and Finish on the last step.</summary>
    private static readonly Key NextOrFinish = Key.N.WithAlt;

    private static readonly DateTimeOffset Implanted = At(11, 21, 8, 0);

    [Fact]
    public void The_sps_patient_gets_a_synchromed_ii_40_ml_at_500_mcg_per_ml_at_the_rules_dose_logged_at_the_visits_time_and_marked_transferred()
    {
        using var harness = new TuiHarness().With(ScreenedPositive("P-SPS"));

        harness.Ok(new UiScript()
            .Press(Key.F4).Sees("the rule's starting dose is 100 mcg/day.").Replace("2026-11-21 08:00").Press(Key.Enter)
            .Sees("Medtronic SynchroMed II 40 mL (40 mL)").Sees("◉ not recorded")
            .Press(Key.CursorDown, Key.Space).Sees("◉ Medtronic SynchroMed II 40 mL (40 mL)").Press(Key.Enter)
            .Sees("◉ 500 mcg/mL").Check(screen => Assert.Contains("Volume filled:            40 mL", screen, StringComparison.Ordinal)).Press(Key.Enter)
            .Sees("By the rule: 100 mcg/day from the 50 mcg screening bolus.").Sees("Start dose = 2 × 50 mcg ÷ 24 h = 100 mcg/day").Press(Key.Enter)
            .Sees("Daily dose       100 mcg/day (rule 100 mcg/day)").Sees("Rate             0.2 mL/day").Sees("First fill       40 mL of 500 mcg/mL")
            .Sees("First alarm").Sees("Worst-case empty").Sees("Refill by").Sees("Mo Tu We Th Fr Sa Su")
            .Type("P-SPS").Press(NextOrFinish)
            .Sees("NOT YET TRANSFERRED TO THE PUMP").Sees("► Not yet ◄").Press(Key.Tab, Key.Enter)
            .Sees("P-SPS · S.P. · implanted (hold)")
            .Quit());

        var events = harness.Events("P-SPS");
        var implant = events.Single(e => e.Kind == EventKind.Implant);
        var payload = implant.ReadPayload<ImplantPayload>()!;
        Assert.Equal(
            ("synchromed-ii-40", Volume.FromMilliliters(40), MassConcentration.FromMicrogramsPerMilliliter(500), MassFlow.FromMicrogramsPerDay(100), VolumeFlow.FromMillilitersPerDay(0.2m)),
            (payload.PumpModelId, payload.FillVolume, payload.Concentration, payload.Dose, payload.Rate!.Value));
        Assert.True(payload.RefillByDate < payload.AlarmDate);
        Assert.Null(implant.Reason);
        var transferred = events.Single(e => e.Kind == EventKind.ProgramTransferred);
        Assert.Equal(implant.Seq, transferred.ReadPayload<ProgramTransferredPayload>()!.PlanSeq);
        Assert.All(events.Where(e => e.Seq >= implant.Seq), e => Assert.Equal(Implanted, e.OccurredAt));
        Assert.Contains(events, e => e.Kind == EventKind.PatientUpdated && e.ReadPayload<PatientUpdatedPayload>()!.Patient.PumpModelId == "synchromed-ii-40");
    }

    [Fact]
    public void A_starting_dose_above_the_rule_is_refused_on_its_field_and_a_lower_one_is_logged_with_its_reason()
    {
        using var harness = new TuiHarness().With(ScreenedPositive("P-SPS"));

        harness.Ok(new UiScript()
            .Press(Key.F4).Press(Key.Enter).Press(Key.Enter).Press(Key.Enter)
            .Replace("150 mcg/day").Press(Key.Enter)
            .Sees("above the rule's 100 mcg/day").Sees("Implant · patient P-SPS - Dose")
            .Replace("80 mcg/day").Press(Key.Enter)
            .Sees("Daily dose       80 mcg/day (rule 100 mcg/day)")
            .Type("P-SPX").Press(Key.Enter).Sees("type P-SPS exactly to confirm").Sees("Implant · patient P-SPS - Review")
            .Replace("P-SPS").Press(Key.Enter)
            .Sees("NOT YET TRANSFERRED TO THE PUMP").Press(Key.Enter)
            .Quit());

        var implant = harness.Events("P-SPS").Single(e => e.Kind == EventKind.Implant);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(80), implant.ReadPayload<ImplantPayload>()!.Dose);
        Assert.Equal("started below the rule's 100 mcg/day", implant.Reason);
        Assert.DoesNotContain(harness.Events("P-SPS"), e => e.Kind == EventKind.ProgramTransferred);
    }

    [Fact]
    public void A_fill_the_reservoir_cannot_hold_is_refused_on_its_field_in_words()
    {
        using var harness = new TuiHarness().With(ScreenedPositive("P-SPS"));

        harness.Ok(new UiScript()
            .Press(Key.F4).Press(Key.Enter).Press(Key.Enter)
            .Tab().Replace("25 mL").Press(Key.Enter)
            .Sees("more than the 20 mL reservoir").Sees("holds: never overfill").Sees("Implant · patient P-SPS - Fill")
            .Press(Key.Esc, Key.Esc, Key.Esc)
            .Quit());

        Assert.DoesNotContain(harness.Events("P-SPS"), e => e.Kind == EventKind.Implant);
    }

    [Fact]
    public void A_dose_the_pump_cannot_run_that_slowly_is_refused_in_a_dialog_that_stays_until_dismissed()
    {
        using var harness = new TuiHarness().With(ScreenedPositive("P-SPS"));

        harness.Ok(new UiScript()
            .Press(Key.F4).Press(Key.Enter).Press(Key.Enter)
            .Press(Key.CursorDown, Key.CursorDown, Key.Space).Sees("◉ 2000 mcg/mL").Press(Key.Enter)
            .Replace("5 mcg/day").Press(Key.Enter)
            .Sees("Refused: the implant").Sees("minimum programmable rate")
            .Press(Key.Tab).Type("x").Sees("Refused: the implant").Sees("Nothing was logged.")
            .Press(Key.Enter)
            .Check(screen => Assert.DoesNotContain("Refused: the implant", screen, StringComparison.Ordinal))
            .Sees("Implant · patient P-SPS - Dose")
            .Press(Key.Esc, Key.Esc, Key.Esc, Key.Esc)
            .Quit(), width: 120, height: 40);

        Assert.DoesNotContain(harness.Events("P-SPS"), e => e.Kind == EventKind.Implant);
    }
}
