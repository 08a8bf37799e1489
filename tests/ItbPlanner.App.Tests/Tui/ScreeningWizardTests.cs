using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using Terminal.Gui.Input;
using static ItbPlanner.App.Tests.Tui.ScreeningHistories;

namespace ItbPlanner.App.Tests.Tui;

[Collection(TerminalGuiTests.Name)]
public class ScreeningWizardTests
{
    /// <summary>Alt+N: the wizard's Next, and Finish on the last step.</summary>
    private static readonly Key NextOrFinish = Key.N.WithAlt;

    [Fact]
    public void A_stiff_person_syndrome_patient_is_screened_to_a_positive_50_mcg_bolus_in_three_visits_each_logged_at_its_time()
    {
        using var harness = new TuiHarness().With(Candidate("P-SPS"));

        harness.Ok(new UiScript()
            // Visit 1: the trial booked.
            .Press(Key.F3).Replace("2026-11-19 09:00").Press(Key.Enter)
            .Sees("1  50 mcg   1 mL    next").Sees("◉ Book the screening trial").Sees("✗ Implant: it follows a positive screening outcome")
            .Press(Key.Enter).Replace("2026-11-20").Press(Key.Enter)
            .Sees("• the screening trial booked: first bolus on 2026-11-20 Fri").Sees("Phase after the visit: screening: bolus due")
            .Press(NextOrFinish).Sees("P-SPS · S.P. · screening: bolus due")
            // Visit 2: the baseline on the two SPS scales, then bolus 1.
            .Press(Key.F3).Replace("2026-11-20 07:00").Press(Key.Enter)
            .Sees("◉ Baseline scores, then give bolus 1 (50 mcg)").Press(Key.Enter)
            .Sees("Baseline before bolus 1 (50 mcg)").Sees("Distribution of stiffness:").Sees("Heightened sensitivity:")
            .Type("4").Tab().Type("5").Press(Key.Enter)
            .Sees("Bolus 1: 50 mcg = draw 1 mL of the 50 mcg/mL screening strength").Press(Key.Enter)
            .Sees("• baseline scores: SPS distribution 4, SPS sensitivity 5").Sees("• bolus 1: 50 mcg = 1 mL of 50 mcg/mL, by lumbar puncture")
            .Press(NextOrFinish).Sees("P-SPS · S.P. · screening: bolus given")
            // Visit 3: scores 6 h after the bolus, then a positive outcome.
            .Press(Key.F3).Replace("2026-11-20 13:00").Press(Key.Enter)
            .Sees("◉ Scores 6 h after bolus 1 (50 mcg, given 2026-11-20 07:00)").Sees("Scores 6 h after bolus 1, then its outcome")
            .Press(Key.CursorDown, Key.Space, Key.Enter)
            .Sees("Scores 6 h after bolus 1 (50 mcg, given 2026-11-20 07:00)").Type("1").Tab().Type("2").Press(Key.Enter)
            .Sees("◉ positive").Tab().Type("6 h").Press(Key.Enter)
            .Sees("• outcome of bolus 1: positive, effect 6 h, no adverse reaction")
            .Sees("Screening positive: starting dose after implant 100 mcg/day by the rule:").Sees("2 × 50 mcg ÷ 24 h = 100 mcg/day")
            .Press(NextOrFinish).Sees("P-SPS · S.P. · screening positive")
            .Quit());

        var events = harness.Events("P-SPS");
        Assert.Equal(
            [EventKind.PatientRegistered, EventKind.ScreeningScheduled, EventKind.Assessment, EventKind.ScreeningBolus, EventKind.Assessment, EventKind.ScreeningOutcome],
            events.Select(e => e.Kind));
        Assert.Equal([Referred, At(11, 19, 9, 0), At(11, 20, 7, 0), At(11, 20, 7, 0), At(11, 20, 13, 0), At(11, 20, 13, 0)], events.Select(e => e.OccurredAt));
        Assert.Equal(new DateOnly(2026, 11, 20), events[1].ReadPayload<ScreeningScheduledPayload>()!.Date);
        var baseline = events[2].ReadPayload<AssessmentPayload>()!;
        Assert.Equal([new AssessmentScore("sps-distribution-of-stiffness", "4"), new AssessmentScore("sps-heightened-sensitivity", "5")], baseline.Scores);
        Assert.Null(baseline.AfterBolus);
        var bolus = events[3].ReadPayload<ScreeningBolusPayload>()!;
        Assert.Equal((Mass.FromMicrograms(50), Volume.FromMilliliters(1), MassConcentration.FromMicrogramsPerMilliliter(50), ScreeningRoute.LumbarPuncture, 1), (bolus.Dose, bolus.Volume!.Value, bolus.Concentration!.Value, bolus.Route!.Value, bolus.BolusNumber!.Value));
        var after = events[4].ReadPayload<AssessmentPayload>()!;
        Assert.Equal([new AssessmentScore("sps-distribution-of-stiffness", "1"), new AssessmentScore("sps-heightened-sensitivity", "2")], after.Scores);
        Assert.Equal(Duration.FromHours(6), after.AfterBolus);
        var outcome = events[5].ReadPayload<ScreeningOutcomePayload>()!;
        Assert.Equal((TrialOutcome.Positive, Mass.FromMicrograms(50), Duration.FromHours(6), false), (outcome.Outcome, outcome.EffectiveDose!.Value, outcome.EffectDuration!.Value, outcome.AdverseReaction));
    }

    [Fact]
    public void A_second_bolus_is_not_offered_within_24_hours_of_the_first_and_the_trial_says_why_and_from_when()
    {
        using var harness = new TuiHarness().With(FirstBolusInadequate("P-TWO"));

        harness.Ok(new UiScript()
            .Press(Key.F3).Press(Key.Enter)
            .Sees("1  50 mcg   1 mL    given 2026-11-20 20:00").Sees("2  75 mcg   1.5 mL  next, from 2026-11-21 20:00")
            .Sees("◉ Baseline scores only (bolus 2 (75 mcg) later)")
            .Sees("✗ Give bolus 2 (75 mcg), from 2026-11-21 20:00:").Sees("after the previous bolus")
            .Check(screen => Assert.DoesNotContain("then give bolus 2", screen, StringComparison.Ordinal))
            .Press(Key.Enter)
            .Sees("Modified Ashworth:").Sees("Muscle group:").Sees("Penn spasm frequency:")
            .Type("3").Tab().Type("left knee flexors").Tab().Type("2").Press(Key.Enter)
            .Sees("• baseline scores: MAS 3, Penn 2 (left knee flexors)")
            .Press(NextOrFinish)
            .Quit());

        var baseline = harness.Events("P-TWO")[^1];
        Assert.Equal((EventKind.Assessment, ItbPlanner.Testing.ClinicLogSamples.Now), (baseline.Kind, baseline.OccurredAt));
        Assert.Equal([new AssessmentScore("modified-ashworth", "3", "left knee flexors"), new AssessmentScore("penn-spasm-frequency", "2")], baseline.ReadPayload<AssessmentPayload>()!.Scores);
        Assert.DoesNotContain(harness.Events("P-TWO"), e => e.Kind == EventKind.ScreeningBolus && e.OccurredAt > At(11, 20, 20, 0));
    }

    [Fact]
    public void A_score_off_its_scale_is_refused_on_its_field_in_words_and_nothing_is_logged()
    {
        using var harness = new TuiHarness().With(Booked("P-SPS"));

        harness.Ok(new UiScript()
            .Press(Key.F3).Press(Key.Enter).Press(Key.Enter)
            .Type("9").Tab().Type("5").Press(Key.Enter)
            .Sees("'9': the index is 0–6").Sees("Screening trial · patient P-SPS - Scores")
            .Press(Key.Esc, Key.Esc, Key.Esc)
            .Quit());

        Assert.Equal([EventKind.PatientRegistered, EventKind.ScreeningScheduled], harness.Events("P-SPS").Select(e => e.Kind));
    }

    [Fact]
    public void A_child_may_start_with_the_small_child_bolus_drawn_at_the_screening_strength()
    {
        using var harness = new TuiHarness().With(Booked("P-CHILD", SpasticityOrigin.Cerebral, Population.Child));

        harness.Ok(new UiScript()
            .Press(Key.F3).Press(Key.Enter)
            .Sees("1  25 mcg   0.5 mL  a very small child's first, instead of 50 mcg")
            .Press(Key.Enter).Type("2").Tab(2).Type("3").Press(Key.Enter)
            .Sees("25 mcg: draw 0.5 mL (a very small child's first)").Sees("50 mcg: draw 1 mL (bolus 1)")
            .Press(Key.CursorUp, Key.Space, Key.Enter)
            .Sees("• bolus 1: 25 mcg = 0.5 mL of 50 mcg/mL, by lumbar puncture")
            .Press(NextOrFinish)
            .Quit(), width: 120, height: 40);

        var bolus = harness.Events("P-CHILD").Single(e => e.Kind == EventKind.ScreeningBolus);
        Assert.Equal((Mass.FromMicrograms(25), Volume.FromMilliliters(0.5m), ItbPlanner.Testing.ClinicLogSamples.Now), (bolus.ReadPayload<ScreeningBolusPayload>()!.Dose, bolus.ReadPayload<ScreeningBolusPayload>()!.Volume!.Value, bolus.OccurredAt));
    }
}
