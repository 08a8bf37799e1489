using ItbPlanner.Domain.StateMachines;
using ItbPlanner.Domain.Workflow;
using static ItbPlanner.Domain.Workflow.TherapyAction;
using static ItbPlanner.Domain.Workflow.TherapyPhase;

namespace ItbPlanner.Domain.Tests.Workflow;

/// <summary>Every action in every phase: the table of what is permitted and where it leads; everything else is refused.</summary>
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
    };

    private static readonly TherapyPhase[] RealPhases = Enum.GetValues<TherapyPhase>().Where(p => p is not (ScreeningPhases or ImplantedPhases)).ToArray();

    public static TheoryData<TherapyPhase, TherapyAction> PermittedCases() => Cases(Permitted.Keys);

    public static TheoryData<TherapyPhase, TherapyAction> ForbiddenCases() =>
        Cases(RealPhases.SelectMany(p => Enum.GetValues<TherapyAction>().Select(a => (p, a))).Where(c => !Permitted.ContainsKey(c)));

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
        Assert.Equal([$"{action} is not available in phase {phase}"], reasons);

        var error = Assert.Throws<InvalidTransitionException>(() => script.Perform(action));

        Assert.Equal(phase, error.State);
        Assert.Equal(action, error.Trigger);
        Assert.Equal(phase, script.Course.Phase);
        Assert.Equal(events, script.Course.Events.Count);
    }

    [Fact]
    public void The_table_covers_every_phase_and_action()
    {
        Assert.Equal(RealPhases.Length * Enum.GetValues<TherapyAction>().Length, PermittedCases().Count + ForbiddenCases().Count);
        Assert.All(RealPhases, p => Assert.Equal(p, CourseScript.Reach(p).Course.Phase));
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
