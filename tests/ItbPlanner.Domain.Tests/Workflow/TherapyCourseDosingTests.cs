using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Domain.Workflow.Events;

namespace ItbPlanner.Domain.Tests.Workflow;

/// <summary>The implanted phases' guards: start dose, post-implant hold, one increase per 24 h, step limits, ceilings, restarts.</summary>
public sealed class TherapyCourseDosingTests
{
    private static MassFlow PerDay(decimal mcg) => MassFlow.FromMicrogramsPerDay(mcg);

    private static DateTimeOffset InfusionStart(TherapyCourse course) => course.Events.OfType<ImplantRecorded>().Single().At;

    [Fact]
    public void The_start_dose_is_at_most_the_one_the_screening_result_gives()
    {
        var s = CourseScript.Reach(TherapyPhase.ImplantScheduled);

        Assert.False(s.Course.CanRecordImplant(PerDay(100.1m), s.Later(24), out var reasons));
        Assert.Equal(["the starting dose is not above 2 × the effective bolus per 24 h (1 × if its effect lasted more than 8 h or it caused an adverse reaction)"], reasons);
        Assert.True(s.Course.CanRecordImplant(PerDay(100), s.Now, out _));
        Assert.True(s.Course.CanRecordImplant(PerDay(24), s.Now, out _));

        s.Course.RecordImplant(PerDay(80), s.Now);
        Assert.Equal(PerDay(80), s.Course.CurrentDose);
    }

    [Fact]
    public void Titration_starts_only_after_the_24_hour_post_implant_hold()
    {
        var s = CourseScript.Reach(TherapyPhase.Implanted);
        var started = InfusionStart(s.Course);

        Assert.False(s.Course.CanStartTitration(started.AddHours(23), out var reasons));
        Assert.Equal(["the 24 h post-implant hold has ended"], reasons);
        Assert.True(s.Course.CanStartTitration(started.AddHours(24), out _));
    }

    [Fact]
    public void No_increase_during_the_post_implant_hold_but_a_decrease_is_allowed()
    {
        var s = CourseScript.Reach(TherapyPhase.Implanted);
        var started = InfusionStart(s.Course);

        Assert.False(s.Course.CanChangeDose(PerDay(110), started.AddHours(12), null, out var reasons));
        Assert.Equal(["no increase within 24 h of the previous increase or 24 h of the start of infusion"], reasons);

        s.Course.ChangeDose(PerDay(90), started.AddHours(12));
        Assert.Equal(PerDay(90), s.Course.CurrentDose);
        Assert.True(s.Course.CanChangeDose(PerDay(99), started.AddHours(24), null, out _));
    }

    [Fact]
    public void One_increase_per_24_hours_while_titrating()
    {
        var s = CourseScript.Reach(TherapyPhase.Titrating);
        var first = s.Later(1);
        s.Course.ChangeDose(PerDay(120), first);

        Assert.False(s.Course.CanChangeDose(PerDay(140), first.AddHours(23.9), null, out var reasons));
        Assert.Equal(["no increase within 24 h of the previous increase or 24 h of the start of infusion"], reasons);
        Assert.True(s.Course.CanChangeDose(PerDay(110), first.AddHours(1), null, out _));

        s.Course.ChangeDose(PerDay(144), first.AddHours(24));
        Assert.Equal(PerDay(144), s.Course.CurrentDose);
    }

    [Theory]
    [InlineData(130, null, true)]
    [InlineData(130.1, null, false)]
    [InlineData(80, null, true)]
    [InlineData(79.9, null, false)]
    [InlineData(50, "drowsy after the last step", true)]
    [InlineData(130.1, "wants faster progress", false)]
    public void Titration_steps_stay_within_the_origins_limits(decimal newDose, string? reason, bool allowed)
    {
        var s = CourseScript.Reach(TherapyPhase.Titrating);

        var can = s.Course.CanChangeDose(PerDay(newDose), s.Later(1), reason, out var reasons);

        Assert.Equal(allowed, can);
        if (!allowed)
        {
            Assert.Single(reasons);
            Assert.Matches("an increase of at most 30 %|a decrease of at most 20 %, unless an override reason is given", reasons[0]);
        }
    }

    [Theory]
    [InlineData(140, null, true)]
    [InlineData(140.1, null, false)]
    [InlineData(140.1, "documented poor response", true)]
    [InlineData(79.9, null, false)]
    [InlineData(60, "overdose signs", true)]
    public void Maintenance_changes_stay_within_the_maintenance_limits_unless_overridden(decimal newDose, string? reason, bool allowed)
    {
        var s = CourseScript.Reach(TherapyPhase.Maintenance);

        Assert.Equal(allowed, s.Course.CanChangeDose(PerDay(newDose), s.Later(1), reason, out var reasons));
        Assert.Equal(allowed ? [] : ["at most +40 % or −20 % at a visit, unless an override reason is given"], reasons);
    }

    [Fact]
    public void The_hard_ceiling_cannot_be_overridden()
    {
        var s = CourseScript.Reach(TherapyPhase.Maintenance);
        s.Course.ChangeDose(PerDay(1900), s.Later(1), "escalated over months");

        Assert.False(s.Course.CanChangeDose(PerDay(2001), s.Later(48), "insisted", out var reasons));
        Assert.Equal(["not above the hard ceiling of 2000 mcg/day"], reasons);
    }

    [Fact]
    public void A_restart_after_a_suspension_is_at_most_the_dose_before_and_starts_a_new_hold()
    {
        var s = CourseScript.Reach(TherapyPhase.Suspended);

        Assert.False(s.Course.CanResume(PerDay(101), s.Later(1), out var reasons));
        Assert.Equal(["the restart dose is not above the dose before the interruption"], reasons);

        var restarted = s.Now;
        s.Course.Resume(PerDay(50), restarted);
        Assert.Equal(TherapyPhase.Titrating, s.Course.Phase);
        Assert.False(s.Course.CanChangeDose(PerDay(55), restarted.AddHours(23), null, out _));
        Assert.True(s.Course.CanChangeDose(PerDay(55), restarted.AddHours(24), null, out _));
    }

    [Fact]
    public void A_withdrawal_emergency_is_reachable_from_every_implanted_phase_and_resolves_to_titration()
    {
        foreach (var phase in new[] { TherapyPhase.Implanted, TherapyPhase.Titrating, TherapyPhase.Maintenance, TherapyPhase.Suspended })
        {
            var s = CourseScript.Reach(phase);
            s.Course.DeclareWithdrawalEmergency("fever, rebound spasticity", s.Later(1));
            Assert.Equal(TherapyPhase.WithdrawalEmergency, s.Course.Phase);

            Assert.False(s.Course.CanResolveWithdrawalEmergency(PerDay(150), s.Later(1), out var reasons));
            Assert.Equal(["the restored dose is not above the dose before the interruption"], reasons);
            s.Course.ResolveWithdrawalEmergency(PerDay(100), s.Now);
            Assert.Equal(TherapyPhase.Titrating, s.Course.Phase);
        }
    }

    [Fact]
    public void Explant_ends_the_course_and_clears_the_dose()
    {
        var s = CourseScript.Reach(TherapyPhase.WithdrawalEmergency);

        s.Course.Explant("catheter fracture", s.Later(2));

        Assert.Equal(TherapyPhase.Explanted, s.Course.Phase);
        Assert.Null(s.Course.CurrentDose);
        Assert.Empty(s.Course.PermittedActions);
    }

    [Fact]
    public void A_refused_change_throws_with_the_unmet_guards_and_changes_nothing()
    {
        var s = CourseScript.Reach(TherapyPhase.Titrating);
        var events = s.Course.Events.Count;

        var error = Assert.Throws<InvalidTransitionException>(() => s.Course.ChangeDose(PerDay(200), s.Later(1)));

        Assert.Equal(["an increase of at most 30 %"], error.UnmetGuards);
        Assert.Equal(events, s.Course.Events.Count);
        Assert.Equal(PerDay(100), s.Course.CurrentDose);
    }
}
