using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;
using static ItbPlanner.Application.Tests.Clinic;

namespace ItbPlanner.Application.Tests;

public sealed class VisitAvailabilityTests
{
    [Fact]
    public void A_refill_during_a_withdrawal_emergency_is_a_visit_the_log_takes()
    {
        var clinic = new Clinic().Implanted();
        clinic.Record.Record(Entry(At(11, 19), new WithdrawalEmergencyEntry("itch, rebound spasticity")));

        var file = clinic.Patients.Open(P1);

        Assert.Equal(TherapyPhase.WithdrawalEmergency, file.Phase);
        Assert.True(VisitAvailability.Can(file, Visit.Refill, out var reasons), string.Join("; ", reasons));
        clinic.Record.Record(Entry(At(11, 20), new RefillEntry(Volume.FromMilliliters(37), Volume.FromMilliliters(40), MassConcentration.FromMicrogramsPerMilliliter(500))));
    }

    [Fact]
    public void A_visit_is_judged_by_the_course_as_the_log_stood_at_its_moment()
    {
        var clinic = new Clinic().Implanted();
        clinic.Record.Record(Entry(At(11, 10), new SuspensionEntry("MRI")));
        var file = clinic.Patients.Open(P1);

        Assert.True(VisitAvailability.Can(file, Visit.Titration, out _, At(11, 8)));
        Assert.False(VisitAvailability.Can(file, Visit.Screening, out var over));
        Assert.False(VisitAvailability.Can(file, Visit.Refill, out var before, At(10, 20)));
        Assert.Equal(["the screening trial is over (phase: suspended)"], over);
        Assert.Equal(["not before the patient's registration"], before);
    }

    [Fact]
    public void Course_actions_are_offered_only_when_the_workflow_allows_them_and_say_why_not()
    {
        var candidate = new Clinic().Registered().Patients.Open(P1);
        var implanted = new Clinic().Implanted().Patients.Open(P1);

        Assert.True(VisitAvailability.Can(candidate, CourseAction.DeclareNotACandidate, out _));
        Assert.False(VisitAvailability.Can(candidate, CourseAction.Suspend, out var reasons));
        Assert.Equal(["infusion is suspended only while a pump is running (phase: candidate)"], reasons);
        Assert.True(VisitAvailability.Can(implanted, CourseAction.Suspend, out _));
        Assert.False(VisitAvailability.Can(implanted, CourseAction.DeclareNotACandidate, out _));
    }

    [Fact]
    public void An_implant_after_a_positive_screening_is_held_to_the_starting_dose_the_screening_gives()
    {
        var clinic = new Clinic().Registered();
        clinic.Record.Record(Entry(At(11, 2, 8), new AssessmentEntry([new("modified-ashworth", "3")])));
        clinic.Record.Record(Entry(At(11, 2, 9), new ScreeningBolusEntry(Mass.FromMicrograms(50))));
        clinic.Record.Record(Entry(At(11, 2, 17), new ScreeningOutcomeEntry(Domain.Log.Payloads.TrialOutcome.Positive, Duration.FromHours(6))));
        var file = clinic.Patients.Open(P1);

        Assert.True(VisitAvailability.CanImplant(clinic.Protocol, file, MassFlow.FromMicrogramsPerDay(100), At(11, 5), new DateOnly(2026, 11, 5), out _));
        Assert.False(VisitAvailability.CanImplant(clinic.Protocol, file, MassFlow.FromMicrogramsPerDay(150), At(11, 5), new DateOnly(2026, 11, 5), out var reasons));
        Assert.Contains(reasons, r => r.Contains("starting dose", StringComparison.Ordinal));
    }
}
