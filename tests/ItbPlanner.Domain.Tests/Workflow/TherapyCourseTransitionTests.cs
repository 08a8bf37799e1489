using ItbPlanner.Domain.Workflow;
using ItbPlanner.Domain.Workflow.Events;
using static ItbPlanner.Domain.Workflow.TherapyAction;
using static ItbPlanner.Domain.Workflow.TherapyPhase;

namespace ItbPlanner.Domain.Tests.Workflow;

/// <summary>
/// Every action in every phase: the table of what is permitted and where it leads; everything else is refused. An alarm's
/// acknowledgement depends on an open alarm rather than on the phase: it has its own tests below.
/// </summary>
public sealed class TherapyCourseTransitionTests
{
    private static readonly Dictionary<(TherapyPhase, TherapyAction), TherapyPhase> Permitted = new()
    {
        [(Candidate, ScheduleScreening)] = ScreeningScheduled,
        [(Candidate, DeclareNotACandidate)] = NotACandidate,
        [(ScreeningScheduled, RecordAssessment)] = ScreeningScheduled,
        [(ScreeningScheduled, GiveScreeningBolus)] = BolusGiven,
        [(ScreeningScheduled, DeclareNotACandidate)] = NotACandidate,
        [(BolusGiven, RecordAssessment)] = Observing,
        [(BolusGiven, RecordScreeningOutcome)] = ScreeningPositive,
        [(BolusGiven, DeclareNotACandidate)] = NotACandidate,
        [(Observing, RecordAssessment)] = Observing,
        [(Observing, RecordScreeningOutcome)] = ScreeningPositive,
        [(Observing, DeclareNotACandidate)] = NotACandidate,
        [(ScreeningPositive, ScheduleImplant)] = ImplantScheduled,
        [(ScreeningPositive, DeclareNotACandidate)] = NotACandidate,
        [(ImplantScheduled, RecordImplant)] = Implanted,
        [(ImplantScheduled, DeclareNotACandidate)] = NotACandidate,
        [(Implanted, StartTitration)] = Titrating,
        [(Implanted, ChangeDose)] = Implanted,
        [(Implanted, Suspend)] = Suspended,
        [(Implanted, DeclareWithdrawalEmergency)] = WithdrawalEmergency,
        [(Implanted, Explant)] = Explanted,
        [(Titrating, ChangeDose)] = Titrating,
        [(Titrating, EnterMaintenance)] = Maintenance,
        [(Titrating, Suspend)] = Suspended,
        [(Titrating, DeclareWithdrawalEmergency)] = WithdrawalEmergency,
        [(Titrating, Explant)] = Explanted,
        [(Maintenance, ChangeDose)] = Maintenance,
        [(Maintenance, StartTitration)] = Titrating,
        [(Maintenance, Suspend)] = Suspended,
        [(Maintenance, DeclareWithdrawalEmergency)] = WithdrawalEmergency,
        [(Maintenance, Explant)] = Explanted,
        [(Suspended, Resume)] = Titrating,
        [(Suspended, DeclareWithdrawalEmergency)] = WithdrawalEmergency,
        [(Suspended, Explant)] = Explanted,
        [(WithdrawalEmergency, ResolveWithdrawalEmergency)] = Titrating,
        [(WithdrawalEmergency, Explant)] = Explanted,
        [(Implanted, Refill)] = Implanted,
        [(Titrating, Refill)] = Titrating,
        [(Maintenance, Refill)] = Maintenance,
        [(Suspended, Refill)] = Suspended,
        [(WithdrawalEmergency, Refill)] = WithdrawalEmergency,
        [(Implanted, TransferProgram)] = Implanted,
        [(Titrating, TransferProgram)] = Titrating,
        [(Maintenance, TransferProgram)] = Maintenance,
        [(Suspended, TransferProgram)] = Suspended,
        [(WithdrawalEmergency, TransferProgram)] = WithdrawalEmergency,
    };

    private static readonly TherapyAction[] PhaseActions = Enum.GetValues<TherapyAction>().Where(a => a != AcknowledgeAlarm).ToArray();

    private static readonly TherapyPhase[] RealPhases = Enum.GetValues<TherapyPhase>().Where(p => p is not (ScreeningPhases or ImplantedPhases)).ToArray();

    public static TheoryData<TherapyPhase, TherapyAction> PermittedCases() => Cases(Permitted.Keys);

    public static TheoryData<TherapyPhase, TherapyAction> ForbiddenCases() =>
        Cases(RealPhases.SelectMany(p => PhaseActions.Select(a => (p, a))).Where(c => !Permitted.ContainsKey(c)));

    public static TheoryData<TherapyPhase> Phases() => [.. RealPhases];

    private static TheoryData<TherapyPhase, TherapyAction> Cases(IEnumerable<(TherapyPhase Phase, TherapyAction Action)> cases)
    {
        var data = new TheoryData<TherapyPhase, TherapyAction>();
        foreach (var (phase, action) in cases)
        {
            data.Add(phase, action);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PermittedCases))]
    public void A_permitted_action_leads_to_its_phase_and_is_recorded(TherapyPhase phase, TherapyAction action)
    {
        var script = CourseScript.Reach(phase);
        var events = script.Course.Events.Count;
        Assert.Contains(action, script.Course.PermittedActions);
        Assert.True(script.Course.CanPerform(action, out var reasons), string.Join("; ", reasons));

        script.Perform(action);

        Assert.Equal(Permitted[(phase, action)], script.Course.Phase);
        Assert.Equal(events + 1, script.Course.Events.Count);
        Assert.Equal(script.Now, script.Course.Events[^1].At);
    }

    [Theory]
    [MemberData(nameof(ForbiddenCases))]
    public void A_forbidden_action_is_refused_and_changes_nothing(TherapyPhase phase, TherapyAction action)
    {
        var script = CourseScript.Reach(phase);
        var events = script.Course.Events.Count;
        Assert.DoesNotContain(action, script.Course.PermittedActions);
        Assert.False(script.Course.CanPerform(action, out var reasons));
        Assert.Equal([action is Refill or TransferProgram ? $"a pump is implanted (the course is in phase {phase})" : $"{action} is not available in phase {phase}"], reasons);

        var error = Assert.Throws<InvalidTransitionException>(() => script.Perform(action));

        Assert.Equal(phase, error.Phase);
        Assert.Equal(action, error.Action);
        Assert.Equal(phase, script.Course.Phase);
        Assert.Equal(events, script.Course.Events.Count);
    }

    [Fact]
    public void The_table_covers_every_phase_and_action()
    {
        Assert.Equal(RealPhases.Length * PhaseActions.Length, PermittedCases().Count + ForbiddenCases().Count);
        Assert.All(RealPhases, p => Assert.Equal(p, CourseScript.Reach(p).Course.Phase));
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public void An_open_alarm_is_acknowledged_in_every_phase_and_the_phase_stays(TherapyPhase phase)
    {
        var script = CourseScript.Reach(phase);
        script.Course.RaiseAlarm(7, script.Later(1));
        Assert.Contains(AcknowledgeAlarm, script.Course.PermittedActions);
        Assert.True(script.Course.CanAcknowledgeAlarm(7, script.Later(1), out var reasons), string.Join("; ", reasons));

        script.Course.AcknowledgeAlarm(7, script.Now);

        Assert.Equal(phase, script.Course.Phase);
        Assert.Empty(script.Course.OpenAlarms);
        Assert.IsType<AlarmAcknowledged>(script.Course.Events[^1]);
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public void Without_an_open_alarm_an_acknowledgement_is_refused_naming_the_guard(TherapyPhase phase)
    {
        var script = CourseScript.Reach(phase);
        script.Course.RaiseAlarm(7, script.Later(1));
        script.Course.AcknowledgeAlarm(7, script.Later(1));
        var events = script.Course.Events.Count;

        Assert.DoesNotContain(AcknowledgeAlarm, script.Course.PermittedActions);
        Assert.False(script.Course.CanPerform(AcknowledgeAlarm, out var now));
        Assert.False(script.Course.CanAcknowledgeAlarm(7, script.Later(1), out var again));
        var error = Assert.Throws<InvalidTransitionException>(() => script.Course.AcknowledgeAlarm(7, script.Now));

        Assert.Equal(["the alarm is open (raised and not yet acknowledged)"], now);
        Assert.Equal(["the alarm is open (raised and not yet acknowledged)"], again);
        Assert.Equal(["the alarm is open (raised and not yet acknowledged)"], error.UnmetGuards);
        Assert.Equal(events, script.Course.Events.Count);
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public async Task Stateless_lists_the_permitted_triggers_with_a_null_event_in_every_phase(TherapyPhase phase)
    {
        var script = CourseScript.Reach(phase);
        script.Course.RaiseAlarm(7, script.Later(1));

        var listed = (await script.Course.PermittedTriggersAsync()).Distinct().Order().ToList();

        Assert.Equal(script.Course.PermittedActions, listed);
        Assert.All(listed, action => Assert.True(script.Course.CanPerform(action, out var reasons), string.Join("; ", reasons)));
        Assert.Contains(AcknowledgeAlarm, listed);
    }

    [Theory]
    [InlineData(ScreeningScheduled, ScreeningPhases)]
    [InlineData(BolusGiven, ScreeningPhases)]
    [InlineData(Observing, ScreeningPhases)]
    [InlineData(Implanted, ImplantedPhases)]
    [InlineData(Titrating, ImplantedPhases)]
    [InlineData(Maintenance, ImplantedPhases)]
    [InlineData(Suspended, ImplantedPhases)]
    public void Substates_are_in_their_superstate(TherapyPhase phase, TherapyPhase superstate)
    {
        var course = CourseScript.Reach(phase).Course;

        Assert.True(course.IsIn(superstate));
        Assert.True(course.IsIn(phase));
    }

    [Theory]
    [InlineData(Candidate)]
    [InlineData(ScreeningPositive)]
    [InlineData(WithdrawalEmergency)]
    [InlineData(Explanted)]
    public void Other_phases_are_in_no_superstate(TherapyPhase phase)
    {
        var course = CourseScript.Reach(phase).Course;

        Assert.False(course.IsIn(ScreeningPhases));
        Assert.False(course.IsIn(ImplantedPhases));
    }
}
