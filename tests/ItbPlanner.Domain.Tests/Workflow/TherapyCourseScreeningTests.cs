using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Tests.Screening;
using ItbPlanner.Domain.Titration;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Domain.Workflow.Events;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Workflow;

/// <summary>The screening trial's guards: baseline, escalation, interval, maximum, and the verdict's routes.</summary>
public sealed class TherapyCourseScreeningTests
{
    private static Mass Mcg(decimal mcg) => Mass.FromMicrograms(mcg);

    private static CourseScript Scheduled(Protocol? protocol = null, Population population = Population.Adult) =>
        new CourseScript(protocol, population).Then(s => s.Course.ScheduleScreening(new DateOnly(2026, 11, 9), s.Later(1)));

    /// <summary>Gives a bolus after a baseline, observes it and records an inadequate response.</summary>
    private static void Inadequate(CourseScript s, decimal mcg)
    {
        s.Course.RecordAssessment(CourseScript.Baseline, s.Later(1));
        s.Course.GiveScreeningBolus(Mcg(mcg), s.Later(1));
        s.Course.RecordAssessment(CourseScript.Baseline, s.Later(4));
        s.Course.RecordScreeningOutcome(ScreeningResponse.Inadequate, Duration.Zero, s.Later(4));
    }

    [Fact]
    public void A_bolus_needs_a_baseline_assessment_first()
    {
        var s = Scheduled();

        Assert.DoesNotContain(TherapyAction.GiveScreeningBolus, s.Course.PermittedActions);
        Assert.False(s.Course.CanGiveScreeningBolus(Mcg(50), s.Now, out var reasons));
        Assert.Equal(["a baseline assessment is recorded before the bolus"], reasons);

        s.Course.RecordAssessment(CourseScript.Baseline, s.Later(1));

        Assert.Contains(TherapyAction.GiveScreeningBolus, s.Course.PermittedActions);
        Assert.True(s.Course.CanGiveScreeningBolus(Mcg(50), s.Now, out _));
    }

    [Fact]
    public void The_first_bolus_is_the_first_dose_in_the_schedule()
    {
        var s = Scheduled().Then(x => x.Course.RecordAssessment(CourseScript.Baseline, x.Later(1)));

        Assert.False(s.Course.CanGiveScreeningBolus(Mcg(75), s.Now, out var reasons));
        Assert.Equal(["the dose is the next one in the population's screening schedule (a child's first may be 25 mcg)"], reasons);
        var error = Assert.Throws<InvalidTransitionException>(() => s.Course.GiveScreeningBolus(Mcg(75), s.Now));
        Assert.Equal(["the dose is the next one in the population's screening schedule (a child's first may be 25 mcg)"], error.UnmetGuards);
    }

    [Fact]
    public void Escalation_follows_50_75_100_and_no_response_at_100_means_not_a_candidate()
    {
        var s = Scheduled();

        Inadequate(s, 50);
        Assert.Equal(TherapyPhase.ScreeningScheduled, s.Course.Phase);
        Assert.Equal(Mcg(75), s.Course.NextScreeningBolus);
        s.Later(24);
        Inadequate(s, 75);
        Assert.Equal(Mcg(100), s.Course.NextScreeningBolus);
        s.Later(24);
        Inadequate(s, 100);

        Assert.Equal(TherapyPhase.NotACandidate, s.Course.Phase);
        Assert.Null(s.Course.NextScreeningBolus);
        Assert.Equal([50m, 75m, 100m], s.Course.Observations.Select(o => o.Dose.Micrograms));
    }

    [Fact]
    public void The_second_bolus_comes_no_sooner_than_24_hours_after_the_first()
    {
        var s = Scheduled();
        Inadequate(s, 50);
        s.Course.RecordAssessment(CourseScript.Baseline, s.Later(1));
        var first = s.Course.Observations[0].GivenAt;

        Assert.False(s.Course.CanGiveScreeningBolus(Mcg(75), first.AddHours(24).AddMinutes(-1), out var reasons));
        Assert.Equal(["at least 24 h after the previous bolus"], reasons);
        Assert.True(s.Course.CanGiveScreeningBolus(Mcg(75), first.AddHours(24), out _));

        s.Course.GiveScreeningBolus(Mcg(75), first.AddHours(24));
        Assert.Equal(TherapyPhase.BolusGiven, s.Course.Phase);
    }

    [Fact]
    public void A_protocol_may_start_small_children_at_25_mcg()
    {
        var protocol = ScreeningPlannerTests.WithChildSchedule(TestProtocols.Default(), 25, 50, 75, 100);
        var s = Scheduled(protocol, Population.Child).Then(x => x.Course.RecordAssessment(CourseScript.Baseline, x.Later(1)));

        Assert.Equal(Mcg(25), s.Course.NextScreeningBolus);
        Assert.False(s.Course.CanGiveScreeningBolus(Mcg(50), s.Now, out _));
        s.Course.GiveScreeningBolus(Mcg(25), s.Later(1));
        Assert.Equal(TherapyPhase.BolusGiven, s.Course.Phase);
    }

    [Fact]
    public void No_bolus_above_the_screening_maximum_even_if_the_schedule_lists_one()
    {
        var protocol = TestProtocols.Default();
        var adult = new ScreeningSchedule(Population.Adult, [TestProtocols.S(Mcg(50), "a[0]"), TestProtocols.S(Mcg(150), "a[1]")]);
        protocol = protocol with { Screening = protocol.Screening with { Schedules = [adult, .. protocol.Screening.Schedules.Where(x => x.Population != Population.Adult)] } };
        var s = Scheduled(protocol);
        Inadequate(s, 50);

        Assert.Equal(TherapyPhase.NotACandidate, s.Course.Phase);

        var other = Scheduled(protocol).Then(x => x.Course.RecordAssessment(CourseScript.Baseline, x.Later(1)));
        Assert.False(other.Course.CanGiveScreeningBolus(Mcg(150), other.Now, out var reasons));
        Assert.Contains("no bolus above the screening maximum of 100 mcg", reasons);
    }

    [Fact]
    public void Observation_starts_with_the_first_assessment_after_the_bolus_and_keeps_timed_scores()
    {
        var s = Scheduled().Then(x => x.Course.RecordAssessment(CourseScript.Baseline, x.Later(1)));
        s.Course.GiveScreeningBolus(Mcg(50), s.Later(1));
        Assert.Equal(TherapyPhase.BolusGiven, s.Course.Phase);

        s.Course.RecordAssessment(CourseScript.Better, s.Later(2));
        s.Course.RecordAssessment(CourseScript.Better, s.Later(2));

        Assert.Equal(TherapyPhase.Observing, s.Course.Phase);
        var observation = Assert.Single(s.Course.Observations);
        Assert.Equal(CourseScript.Baseline, observation.Baseline);
        Assert.Equal([Duration.FromHours(2), Duration.FromHours(4)], observation.AfterBolus.Select(t => t.AfterBolus));
    }

    [Fact]
    public void The_clinician_may_confirm_the_outcome_without_timed_scores()
    {
        var s = Scheduled().Then(x => x.Course.RecordAssessment(CourseScript.Baseline, x.Later(1)));
        s.Course.GiveScreeningBolus(Mcg(50), s.Later(1));

        s.Course.RecordScreeningOutcome(ScreeningResponse.Positive, Duration.FromHours(6), s.Later(8));

        Assert.Equal(TherapyPhase.ScreeningPositive, s.Course.Phase);
        Assert.Empty(Assert.Single(s.Course.Observations).AfterBolus);
    }

    [Fact]
    public void A_positive_verdict_gives_the_recommended_start_dose()
    {
        var s = CourseScript.Reach(TherapyPhase.Observing);
        Assert.Null(s.Course.RecommendedStartDose);

        s.Course.RecordScreeningOutcome(ScreeningResponse.Positive, Duration.FromHours(10), s.Later(1));

        Assert.Equal(TherapyPhase.ScreeningPositive, s.Course.Phase);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(50), s.Course.RecommendedStartDose!.StartDose);
        Assert.Equal(StartDoseBasis.ScreeningDoseLongEffect, s.Course.RecommendedStartDose.Basis);
    }

    [Fact]
    public void Inputs_that_cannot_be_true_are_rejected_before_the_workflow()
    {
        var s = Scheduled().Then(x => x.Course.RecordAssessment(CourseScript.Baseline, x.Later(1)));

        Assert.Throws<InvalidInputException>(() => s.Course.GiveScreeningBolus(Mass.Zero, s.Later(1)));
        Assert.Throws<InvalidInputException>(() => s.Course.GiveScreeningBolus(Mcg(50), s.Now.AddHours(-3)));
        Assert.Throws<InvalidInputException>(() => s.Course.DeclareNotACandidate(" ", s.Now));
        Assert.Equal(3, s.Course.Events.Count);
    }

    [Fact]
    public void Declaring_not_a_candidate_keeps_the_reason()
    {
        var s = CourseScript.Reach(TherapyPhase.BolusGiven);

        s.Course.DeclareNotACandidate("  family declined surgery ", s.Later(1));

        Assert.Equal("family declined surgery", Assert.IsType<CandidacyDeclined>(s.Course.Events[^1]).Reason);
    }
}
