using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Domain.Workflow.Events;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Workflow;

/// <summary>The log stores events, not the state: a course is rebuilt by replaying them.</summary>
public sealed class TherapyCourseReplayTests
{
    private static void AssertSameCourse(TherapyCourse expected, TherapyCourse actual)
    {
        Assert.Equal(expected.Phase, actual.Phase);
        Assert.Equal(expected.Events, actual.Events);
        Assert.Equal(expected.CurrentDose, actual.CurrentDose);
        Assert.Equal(expected.Observations, actual.Observations);
        Assert.Equal(expected.PermittedActions, actual.PermittedActions);
        Assert.Equal(expected.RecommendedStartDose?.StartDose, actual.RecommendedStartDose?.StartDose);
        Assert.Equal(expected.ScreeningDate, actual.ScreeningDate);
        Assert.Equal(expected.ImplantDate, actual.ImplantDate);
    }

    [Fact]
    public void Events_are_kept_in_order_as_plain_records_with_their_moments()
    {
        var course = CourseScript.Reach(TherapyPhase.Titrating).Course;

        Assert.Equal(
            [typeof(CourseOpened), typeof(ScreeningBooked), typeof(AssessmentRecorded), typeof(ScreeningBolusGiven), typeof(AssessmentRecorded),
             typeof(ScreeningOutcomeRecorded), typeof(ImplantBooked), typeof(ImplantRecorded), typeof(TitrationStarted)],
            course.Events.Select(e => e.GetType()));
        Assert.Equal(course.Events.Select(e => e.At).Order(), course.Events.Select(e => e.At));
        Assert.Equal(new ScreeningBolusGiven(CourseScript.Opened.AddHours(3), Mass.FromMicrograms(50)), course.Events[3]);
    }

    [Fact]
    public void Replaying_the_events_rebuilds_the_same_course()
    {
        var s = CourseScript.Reach(TherapyPhase.Maintenance);
        s.Course.ChangeDose(MassFlow.FromMicrogramsPerDay(130), s.Later(24));
        s.Course.Suspend("MRI", s.Later(24));
        s.Course.Resume(MassFlow.FromMicrogramsPerDay(100), s.Later(6));

        var replayed = TherapyCourse.Replay(s.Protocol, s.Course.Events);

        AssertSameCourse(s.Course, replayed);
    }

    [Fact]
    public void Refills_transfers_and_alarms_replay_to_the_same_course()
    {
        var s = CourseScript.Reach(TherapyPhase.Maintenance);
        s.Course.RaiseAlarm(11, s.Later(1));
        s.Course.Refill(s.Later(1));
        s.Course.TransferProgram(s.Later(1));
        s.Course.RaiseAlarm(14, s.Later(1));
        s.Course.AcknowledgeAlarm(11, s.Later(1));

        var replayed = TherapyCourse.Replay(s.Protocol, s.Course.Events);

        AssertSameCourse(s.Course, replayed);
        Assert.Equal([14L], replayed.OpenAlarms);
        Assert.Equal(TherapyPhase.Maintenance, replayed.Phase);
    }

    [Fact]
    public void A_stored_second_acknowledgement_of_one_alarm_replays_but_a_new_one_is_refused()
    {
        var s = CourseScript.Reach(TherapyPhase.Titrating);
        s.Course.RaiseAlarm(9, s.Later(1));
        s.Course.AcknowledgeAlarm(9, s.Later(1));
        var stored = new List<CourseEvent>(s.Course.Events) { new AlarmAcknowledged(s.Later(1), 9) };

        var replayed = TherapyCourse.Replay(s.Protocol, stored);

        Assert.Empty(replayed.OpenAlarms);
        Assert.False(replayed.CanAcknowledgeAlarm(9, s.Later(1), out var reasons));
        Assert.Equal(["the alarm is open (raised and not yet acknowledged)"], reasons);
    }

    [Fact]
    public void A_replayed_course_goes_on_enforcing_the_protocol()
    {
        var s = CourseScript.Reach(TherapyPhase.Titrating);
        var replayed = TherapyCourse.Replay(s.Protocol, s.Course.Events);

        Assert.False(replayed.CanChangeDose(MassFlow.FromMicrogramsPerDay(200), s.Later(1), null, out var reasons));
        Assert.Equal(["an increase of at most 30 %"], reasons);
        replayed.ChangeDose(MassFlow.FromMicrogramsPerDay(120), s.Now);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(120), replayed.CurrentDose);
    }

    [Fact]
    public void Events_accepted_under_an_older_protocol_still_replay_under_a_stricter_one()
    {
        var s = CourseScript.Reach(TherapyPhase.Titrating);
        s.Course.ChangeDose(MassFlow.FromMicrogramsPerDay(130), s.Later(1));
        var stricter = StricterTitration(s.Protocol, maximumIncrease: 10);

        var replayed = TherapyCourse.Replay(stricter, s.Course.Events);

        Assert.Equal(MassFlow.FromMicrogramsPerDay(130), replayed.CurrentDose);
        Assert.False(replayed.CanChangeDose(MassFlow.FromMicrogramsPerDay(150), s.Later(48), null, out var reasons));
        Assert.Equal(["an increase of at most 10 %"], reasons);
    }

    [Fact]
    public void Events_that_do_not_follow_the_workflow_are_refused()
    {
        var events = new CourseEvent[]
        {
            new CourseOpened(CourseScript.Opened, Population.Adult, TitrationOrigin.Spinal),
            new ImplantRecorded(CourseScript.Opened.AddDays(1), MassFlow.FromMicrogramsPerDay(100)),
        };

        var error = Assert.Throws<InvalidTransitionException>(() => TherapyCourse.Replay(TestProtocols.Default(), events));

        Assert.Equal(TherapyPhase.Candidate, error.Phase);
        Assert.Equal(TherapyAction.RecordImplant, error.Action);
    }

    [Fact]
    public void A_history_starts_with_the_course_being_opened()
    {
        Assert.Throws<ArgumentException>(() => TherapyCourse.Replay(TestProtocols.Default(), []));
        Assert.Throws<ArgumentException>(() => TherapyCourse.Replay(TestProtocols.Default(), [new TitrationStarted(CourseScript.Opened)]));
        Assert.Throws<ArgumentException>(() => TherapyCourse.Replay(
            TestProtocols.Default(),
            [new CourseOpened(CourseScript.Opened, Population.Adult, TitrationOrigin.Spinal), new CourseOpened(CourseScript.Opened, Population.Adult, TitrationOrigin.Spinal)]));
    }

    [Fact]
    public void Any_walk_through_the_workflow_replays_to_the_same_course()
    {
        var walks = Gen.ListOf(Gen.Choose(0, 1000)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(walks, choices =>
        {
            var s = new CourseScript();
            foreach (var choice in choices)
            {
                var actions = s.Course.PermittedActions;
                if (actions.Count == 0)
                {
                    break;
                }

                s.Perform(actions[choice % actions.Count]);
            }

            AssertSameCourse(s.Course, TherapyCourse.Replay(s.Protocol, s.Course.Events));
        }));
    }

    private static Protocol StricterTitration(Protocol protocol, decimal maximumIncrease) => protocol with
    {
        Titration = protocol.Titration
            .Select(r => r with { MaximumIncrease = TestProtocols.S(new Percentage(maximumIncrease), r.MaximumIncrease.Source.Key), DefaultIncrease = TestProtocols.S(new Percentage(maximumIncrease), r.DefaultIncrease.Source.Key) })
            .ToList(),
    };
}
