using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Application.Visits;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;
using static ItbPlanner.Application.Tests.Clinic;

namespace ItbPlanner.Application.Tests;

public sealed class RecordEntryTests
{
    [Fact]
    public void A_refill_at_a_new_strength_logs_its_program_first_then_the_refill_all_at_the_visits_moment_in_one_transaction()
    {
        var clinic = new Clinic().Implanted();
        var at = At(11, 20);
        var appends = clinic.Log.Appends;

        var preview = clinic.Record.Preview(Entry(at, new RefillEntry(Ml(37), Ml(40), Conc(2000)) { NewDose = Dose(100), DeadSpace = Ml(0.25m) }));
        var recorded = clinic.Record.Record(preview);

        Assert.Equal([EventKind.DoseProgram, EventKind.Refill], preview.Events.Take(2).Select(e => e.Kind));
        Assert.Equal(EventKind.Refill, preview.Main.Kind);
        Assert.All(preview.Events, e => Assert.Equal(at, e.OccurredAt));
        Assert.StartsWith("new concentration at the refill: bridge", preview.Events[0].Reason, StringComparison.Ordinal);
        Assert.Contains(preview.Events, e => e.Payload is AlarmRaisedPayload { AlertCode: AlertCodes.BridgeBolusRequired });
        Assert.NotNull(preview.Bridge);
        Assert.NotNull(preview.FillPlan);
        Assert.Equal(appends + 1, clinic.Log.Appends);
        Assert.Equal(preview.Events.Count, recorded.Stored.Count);
    }

    [Fact]
    public void A_refill_the_workflow_refuses_is_refused_before_anything_is_logged_with_the_reasons_the_ui_gives()
    {
        var clinic = new Clinic().Registered();
        var appends = clinic.Log.Appends;

        var error = Assert.Throws<ProtocolLimitException>(() => clinic.Record.Preview(Entry(At(11, 20), new RefillEntry(Ml(2), Ml(40), Conc(500)))));

        Assert.False(VisitAvailability.Can(clinic.Patients.Open(P1), Visit.Refill, out var reasons));
        Assert.Equal(AlertCodes.WorkflowGuardUnmet, error.Code);
        Assert.Contains(reasons[0], error.Message, StringComparison.Ordinal);
        Assert.Equal(appends, clinic.Log.Appends);
    }

    [Fact]
    public void A_preview_logs_nothing_and_its_check_names_the_guard_the_log_would_refuse_it_by()
    {
        var clinic = new Clinic().Implanted();
        var appends = clinic.Log.Appends;

        var preview = clinic.Record.Preview(Entry(At(11, 5, 12), new DoseProgramEntry(Dose(120)), "titration"));
        var check = clinic.Record.Check(preview);
        var refused = Assert.Throws<ProtocolLimitException>(() => clinic.Record.Record(preview));

        Assert.False(check.Allowed);
        Assert.Equal(refused.Code, check.Refusal!.Code);
        Assert.Equal(appends, clinic.Log.Appends);
        Assert.True(clinic.Record.Check(clinic.Record.Preview(Entry(At(11, 20), new NoteEntry("well")))).Allowed);
    }

    [Fact]
    public void Critical_findings_acknowledged_at_the_visit_are_not_logged_again_as_open_alarms()
    {
        // 15 days at 0.2 mL/day from 40 mL: 37 mL expected; 39.5 mL aspirated is under-delivery.
        var clinic = new Clinic().Implanted();
        var refill = new RefillEntry(Ml(39.5m), Ml(40), Conc(500));

        var open = clinic.Record.Preview(Entry(At(11, 20), refill));
        var acknowledged = clinic.Record.Preview(Entry(At(11, 20), refill with { AcknowledgedAlerts = [AlertCodes.UnderDelivery] }));

        Assert.Contains(open.Events, e => e.Payload is AlarmRaisedPayload { AlertCode: AlertCodes.UnderDelivery });
        Assert.DoesNotContain(acknowledged.Events, e => e.Kind == EventKind.AlarmRaised);
        Assert.Contains(open.Notices, n => n.Alert?.Code == AlertCodes.UnderDelivery);
        Assert.Equal(Ml(37), open.Reconciliation!.Result.ExpectedResidual);
    }

    [Fact]
    public void A_visit_may_change_the_program_with_the_refill_and_enter_maintenance()
    {
        var clinic = new Clinic().Implanted();

        var preview = clinic.Record.Preview(Entry(At(11, 20), new RefillEntry(Ml(37), Ml(40), Conc(500))
        {
            NewDose = Dose(100),
            DoseChangeAllowed = true,
            EnterMaintenance = true,
            ProgramPhase = DosePhase.Maintenance,
        }));
        clinic.Record.Record(preview);

        Assert.Equal([EventKind.DoseProgram, EventKind.Refill], preview.Events.Select(e => e.Kind));
        Assert.Equal("titration complete: maintenance from this refill", preview.Events[0].Reason);
        Assert.Equal(TherapyPhase.Maintenance, clinic.Patients.Open(P1).Phase);
    }

    [Fact]
    public void An_implant_and_the_patients_new_pump_are_logged_at_the_implants_moment()
    {
        var clinic = new Clinic().Implanted();

        var events = clinic.Log.Events(P1);
        var implant = events.Single(e => e.Kind == EventKind.Implant);
        var updated = events.Single(e => e.Kind == EventKind.PatientUpdated);

        Assert.Equal(implant.OccurredAt, updated.OccurredAt);
        Assert.Equal(implant.Seq + 1, updated.Seq);
        Assert.Equal("synchromed-ii-40", clinic.Patients.Open(P1).Patient.PumpModelId);
        Assert.NotNull(implant.ReadPayload<ImplantPayload>()!.RefillByDate);
    }

    [Fact]
    public void Fields_are_named_in_a_clinicians_words_for_each_front_end_to_name_its_own()
    {
        var clinic = new Clinic().Implanted();

        var sameStrength = Assert.Throws<InvalidInputException>(() => clinic.Record.Preview(Entry(At(11, 20), new RefillEntry(Ml(37), Ml(40), Conc(500)) { NewDose = Dose(120) })));
        var newStrength = Assert.Throws<ProtocolLimitException>(() => clinic.Record.Preview(Entry(At(11, 20), new RefillEntry(Ml(37), Ml(40), Conc(2000)))));
        var noPlan = Assert.Throws<InvalidInputException>(() => clinic.Record.Preview(Entry(At(11, 20), new ProgramTransferEntry(PlanSeq: 2))));

        Assert.Equal("dose", sameStrength.Input);
        Assert.Equal("plan", noPlan.Input);
        Assert.Equal(AlertCodes.ProgramConcentrationMismatch, newStrength.Code);
        Assert.Contains("Give the daily dose at 2000 mcg/mL", newStrength.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", newStrength.Message + sameStrength.Message + noPlan.Message, StringComparison.Ordinal);
    }

    private static Volume Ml(decimal ml) => Volume.FromMilliliters(ml);

    private static MassConcentration Conc(decimal mcgPerMl) => MassConcentration.FromMicrogramsPerMilliliter(mcgPerMl);

    private static MassFlow Dose(decimal mcgPerDay) => MassFlow.FromMicrogramsPerDay(mcgPerDay);
}
