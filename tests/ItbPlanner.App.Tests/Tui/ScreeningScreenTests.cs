using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Tests.Tui;

public sealed class ScreeningScreenTests : IDisposable
{
    private readonly TuiHarness tui = new();

    [Fact]
    public void Screening_runs_from_booking_to_a_positive_outcome_logging_each_confirmed_step()
    {
        var session = tui.Ok(keys => keys.RegisterAdult("P1").ScreenToPositive().Choose("Cancel").Choose("Quit"));

        Assert.Contains("draw 1 mL of the 50 mcg/mL screening strength", session.Screen, StringComparison.Ordinal);
        Assert.Contains("Screening positive.", session.Screen, StringComparison.Ordinal);
        Assert.Contains("The starting dose after implant will be 100 mcg/day", session.Screen, StringComparison.Ordinal);
        var events = tui.Events("P1");
        Assert.Equal(
            [EventKind.PatientRegistered, EventKind.ScreeningScheduled, EventKind.Assessment, EventKind.ScreeningBolus, EventKind.Assessment, EventKind.ScreeningOutcome],
            events.Select(e => e.Kind));
        var bolus = events[3].ReadPayload<ScreeningBolusPayload>()!;
        Assert.Equal((Mass.FromMicrograms(50), Volume.FromMilliliters(1), MassConcentration.FromMicrogramsPerMilliliter(50), 1), (bolus.Dose, bolus.Volume!.Value, bolus.Concentration!.Value, bolus.BolusNumber!.Value));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 7, 30, 0, TimeSpan.Zero), events[3].OccurredAt);
        var after = events[4].ReadPayload<AssessmentPayload>()!;
        Assert.Equal(Duration.FromHours(1), after.AfterBolus);
        Assert.Equal([new AssessmentScore("modified-ashworth", "1+"), new AssessmentScore("penn-spasm-frequency", "1")], after.Scores);
        Assert.Equal(new AssessmentScore("modified-ashworth", "3", "left knee flexors"), events[2].ReadPayload<AssessmentPayload>()!.Scores[0]);
        var outcome = events[5].ReadPayload<ScreeningOutcomePayload>()!;
        Assert.Equal((TrialOutcome.Positive, Mass.FromMicrograms(50), Duration.FromHours(6), false), (outcome.Outcome, outcome.EffectiveDose!.Value, outcome.EffectDuration!.Value, outcome.AdverseReaction));
    }

    [Fact]
    public void A_second_bolus_is_not_offered_within_24_hours_and_the_screen_says_why()
    {
        tui.Ok(keys => keys
            .RegisterAdult("P1")
            .Choose("Screening")
            .Choose("Book").Enter().Line("2026-11-20 09:00").Choose("Log")
            .Choose("baseline").Line("2026-11-21 07:00").Choose("3").Enter().Choose("3").Choose("Log")
            .Choose("Give").Choose("Lumbar").Line("2026-11-21 07:30").Choose("Log")
            .Choose("after").Line("1 h").Choose("3").Enter().Choose("3").Choose("Log")
            .Choose("outcome").Choose("Inadequate").Enter().Choose("Log")
            .Choose("Cancel").Choose("Quit"));

        var sameDay = tui.Ok(keys => keys.Choose("Screening").Choose("P1").Choose("Cancel").Choose("Quit"));

        Assert.Contains("✗ Give bolus 2: 75 mcg (1.5 mL of 50 mcg/mL) — not available: a baseline assessment is recorded before the bolus;", sameDay.Screen, StringComparison.Ordinal);
        Assert.Contains("24 h after the previous bolus", sameDay.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain("> Give bolus", sameDay.Screen, StringComparison.Ordinal);

        tui.Clock.Advance(TimeSpan.FromHours(23));
        var nextDay = tui.Ok(keys => keys
            .Choose("Screening").Choose("P1")
            .Choose("baseline").Enter().Choose("3").Enter().Choose("3").Choose("Log")
            .Choose("Give").Choose("Lumbar").Enter().Choose("Log")
            .Choose("Cancel").Choose("Quit"));

        Assert.Contains("draw 1.5 mL of the 50 mcg/mL screening strength", nextDay.Screen, StringComparison.Ordinal);
        var bolus = tui.Events("P1").Last(e => e.Kind == EventKind.ScreeningBolus).ReadPayload<ScreeningBolusPayload>()!;
        Assert.Equal((Mass.FromMicrograms(75), 2), (bolus.Dose, bolus.BolusNumber!.Value));
    }

    [Fact]
    public void Nothing_is_logged_when_a_step_is_abandoned_before_its_confirmation()
    {
        var session = tui.Ok(keys => keys
            .RegisterAdult("P1")
            .Choose("Screening")
            .Choose("Book").Enter().Enter().Choose("Back")
            .Choose("baseline").Line("cancel")
            .Choose("Quit"));

        Assert.Equal([EventKind.PatientRegistered], tui.Events("P1").Select(e => e.Kind));
        Assert.Contains("ItbPlanner · Home", session.Screen[session.Screen.LastIndexOf("ItbPlanner ·", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    public void Dispose() => tui.Dispose();
}
