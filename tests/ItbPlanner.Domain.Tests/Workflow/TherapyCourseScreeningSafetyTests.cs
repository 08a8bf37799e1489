using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.Domain.Tests.Workflow;

/// <summary>Issue 9 in the workflow: only the screening strength screens; a child's first bolus may be 25 mcg.</summary>
public sealed class TherapyCourseScreeningSafetyTests
{
    private static Mass Mcg(decimal mcg) => Mass.FromMicrograms(mcg);

    private static CourseScript Baselined(Population population = Population.Adult) =>
        new CourseScript(null, population)
            .Then(s => s.Course.ScheduleScreening(new DateOnly(2026, 11, 9), s.Later(1)))
            .Then(s => s.Course.RecordAssessment(CourseScript.Baseline, s.Later(1)));

    [Fact]
    public void A_bolus_drawn_from_a_refill_strength_is_refused_by_the_workflow()
    {
        var s = Baselined();

        var error = Assert.Throws<InvalidTransitionException>(() => s.Course.GiveScreeningBolus(Mcg(50), s.Later(1), MassConcentration.FromMicrogramsPerMilliliter(500)));

        Assert.Contains("the bolus is drawn from the screening strength of 50 mcg/mL", error.UnmetGuards);
        s.Course.GiveScreeningBolus(Mcg(50), s.Later(1), MassConcentration.FromMicrogramsPerMilliliter(50));
        Assert.Equal(TherapyPhase.BolusGiven, s.Course.Phase);
    }

    [Fact]
    public void A_child_may_start_at_25_mcg_then_75_and_100_follow()
    {
        var s = Baselined(Population.Child);

        Assert.Equal(Mcg(25), s.Course.SmallChildStart);
        s.Course.GiveScreeningBolus(Mcg(25), s.Later(1));
        Assert.Null(s.Course.SmallChildStart);
        Assert.Equal(Mcg(75), s.Course.NextScreeningBolus);
    }

    [Fact]
    public void An_adult_has_no_small_child_start()
    {
        var s = Baselined();

        Assert.Null(s.Course.SmallChildStart);
        Assert.False(s.Course.CanGiveScreeningBolus(Mcg(25), s.Later(1), out _));
    }
}
