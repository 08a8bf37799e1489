using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Refills;
using ItbPlanner.Application.Titration;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;
using static ItbPlanner.Application.Tests.Clinic;

namespace ItbPlanner.Application.Tests;

public sealed class PatientUseCaseTests
{
    [Fact]
    public void An_id_is_checked_before_it_is_registered()
    {
        var clinic = new Clinic().Registered();

        Assert.Null(clinic.Register.CheckId("P2"));
        Assert.Contains("is not a patient id", clinic.Register.CheckId("P 2"), StringComparison.Ordinal);
        Assert.Contains("already registered", clinic.Register.CheckId("P1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_checks_the_pump_against_the_protocol_naming_the_field()
    {
        var clinic = new Clinic();

        var error = Assert.Throws<InvalidInputException>(() => clinic.Register.Register(new RegisterPatientRequest(new PatientId("P2"), Population.Adult, SpasticityOrigin.Spinal, "nurse", Details: new PatientDetailsChange(PumpId: "no-such-pump"))));

        Assert.Equal("pump", error.Input);
        Assert.StartsWith("unknown pump 'no-such-pump'; known pumps:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reconciliation_from_the_log_reads_the_last_fill_and_the_program_since()
    {
        var clinic = new Clinic().Implanted();

        var reconciled = clinic.Reconcile.Reconcile(new PatientFillReconciliationRequest(P1, Volume.FromMilliliters(37), new DateOnly(2026, 11, 20)));

        Assert.Equal(Volume.FromMilliliters(37), reconciled.Result.ExpectedResidual);
        Assert.Contains(reconciled.Request.Consumption.Working, line => line == "from the log of patient P1:");
    }

    [Fact]
    public void A_patient_without_a_program_cannot_be_reconciled_from_the_log_and_the_patient_field_says_why()
    {
        var clinic = new Clinic().Registered();

        var error = Assert.Throws<InvalidInputException>(() => clinic.Reconcile.Reconcile(new PatientFillReconciliationRequest(P1, Volume.FromMilliliters(10))));

        Assert.Equal("patient", error.Input);
        Assert.Contains("no pump program in force", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_titration_day_in_maintenance_titrates_again_and_a_step_before_the_implant_has_no_course()
    {
        var clinic = new Clinic().Implanted();
        clinic.Record.Record(Entry(At(11, 9), new Recording.Entries.DoseProgramEntry(MassFlow.FromMicrogramsPerDay(110), Phase: Domain.Log.Payloads.DosePhase.Maintenance), "stable"));
        var day = new TitrationDay(clinic.Protocol, clinic.Clock);
        var file = clinic.Patients.Open(P1);

        var course = day.CourseAt(file, At(11, 20));

        Assert.Equal(TherapyPhase.Maintenance, file.Phase);
        Assert.Equal(TherapyPhase.Titrating, course!.Phase);
        Assert.Null(day.CourseAt(file, At(11, 3)));
        Assert.Equal(MassFlow.FromMicrogramsPerDay(110), course.CurrentDose);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(130), day.Plan(course, At(11, 20), MassFlow.FromMicrogramsPerDay(130)).Steps[^1].Dose);
    }
}
