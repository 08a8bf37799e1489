using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Log;

public class TherapyRecordTests
{
    private static readonly DateTimeOffset Implanted = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_dose_steps_through_implant_and_each_program()
    {
        var timeline = Read(Implant(100), (3, Program(120)), (5, Program(140)));

        Assert.Equal([100m, 120m, 140m], timeline.Doses.Select(d => d.Dose.MicrogramsPerDay));
        Assert.Equal(MassFlow.FromMicrogramsPerDay(140), timeline.Program?.Dose);
        Assert.Equal(VolumeFlow.FromMillilitersPerDay(0.28m), timeline.Program?.Rate);
    }

    [Fact]
    public void The_reservoir_empties_at_each_programmed_rate_in_turn()
    {
        // 20 mL; 2 days at 0.2 mL/day, then 3 days at 0.24 mL/day: 20 − 0.4 − 0.72 = 18.88 mL.
        var timeline = Read(Implant(100), (2, Program(120)));

        Assert.Equal(Volume.FromMilliliters(18.88m), timeline.ReservoirAt(Implanted.AddDays(5)));
        Assert.Equal(Volume.FromMilliliters(20), timeline.ReservoirAt(Implanted));
        Assert.Null(timeline.ReservoirAt(Implanted.AddDays(-1)));
    }

    [Fact]
    public void Reservoir_estimate_is_exact_when_the_rate_is_a_recurring_decimal()
    {
        // 1000 mcg/day of 1500 mcg/mL is ⅔ mL/day: after 29 days ⅔ mL is left (20 − 29 × ⅔), rounded once; 29 × 0.6666…67
        // would take 0.000…001 mL too much, and after 3.5 days 17⅔ mL.
        var implant = new ImplantPayload("synchromed-ii-20", Volume.FromMilliliters(20), MassConcentration.FromMicrogramsPerMilliliter(1500), MassFlow.FromMicrogramsPerDay(1000), MassFlow.FromMicrogramsPerDay(1000) / MassConcentration.FromMicrogramsPerMilliliter(1500));
        var timeline = Read(implant);

        Assert.Equal(Volume.FromMilliliters(0.6666666666666666666666666667m), timeline.ReservoirAt(Implanted.AddDays(29)));
        Assert.Equal(Volume.FromMilliliters(18), timeline.ReservoirAt(Implanted.AddDays(3)));
        Assert.Equal(Volume.FromMilliliters(17.666666666666666666666666667m), timeline.ReservoirAt(Implanted.AddDays(3.5)));
    }

    [Fact]
    public void A_refill_restarts_the_reservoir_and_a_suspension_stops_it_emptying()
    {
        var timeline = Read(
            Implant(100),
            (10, new RefillPayload(Volume.FromMilliliters(18), Volume.FromMilliliters(20), MassConcentration.FromMicrogramsPerMilliliter(500))),
            (11, new TherapySuspendedPayload("MRI")),
            (13, new TherapyResumedPayload()));

        // From the refill on day 10: 1 day at 0.2 mL/day, 2 days suspended, then 1 day at 0.2 mL/day.
        Assert.Equal(Volume.FromMilliliters(19.6m), timeline.ReservoirAt(Implanted.AddDays(14)));
        Assert.Equal([100m, 0m, 100m], timeline.Doses.Select(d => d.Dose.MicrogramsPerDay));
        Assert.False(timeline.Program?.Suspended);
    }

    [Fact]
    public void Planned_dates_go_stale_when_the_program_changes_without_new_ones()
    {
        var dated = Read(Implant(100, alarm: new DateOnly(2027, 5, 1)));
        var changed = Read(Implant(100, alarm: new DateOnly(2027, 5, 1)), (2, Program(120)));
        var redated = Read(Implant(100, alarm: new DateOnly(2027, 5, 1)), (2, Program(120) with { AlarmDate = new DateOnly(2027, 4, 1) }));

        Assert.Equal((new DateOnly(2027, 5, 1), false), (dated.Dates?.AlarmDate, dated.Dates?.Stale));
        Assert.True(changed.Dates?.Stale);
        Assert.Equal((new DateOnly(2027, 4, 1), false), (redated.Dates?.AlarmDate, redated.Dates?.Stale));
    }

    [Fact]
    public void Alarms_are_listed_with_their_acknowledgement_and_explant_ends_the_program()
    {
        var timeline = Read(Implant(100), (1, new AlarmRaisedPayload(AlarmType.LowReservoir)), (1, new AlarmAcknowledgedPayload(3)), (2, new ExplantPayload()));

        Assert.Equal(3, timeline.Alarms.Single().Seq);
        Assert.True(timeline.Alarms.Single().Acknowledged);
        Assert.Null(timeline.Program);
        Assert.Null(timeline.Dates);
        Assert.False(timeline.Doses[^1].Infusing);
    }

    [Fact]
    public void A_replaced_program_is_read_as_its_replacement()
    {
        var events = Events(Implant(100), (1, Program(200)));
        var replacement = new NewEvent(LogSamples.P1, Implanted.AddDays(1), "n", Program(120), "typo: 120 not 200", 3);
        events.Add(replacement.Seal(4, Implanted.AddDays(30), events[^1].Hash));

        var timeline = TherapyRecord.Read(TestProtocols.Default(), events);

        Assert.Equal([100m, 120m], timeline.Doses.Select(d => d.Dose.MicrogramsPerDay));
    }

    [Fact]
    public void Every_new_plan_is_pending_until_recorded_as_transferred_to_the_pump()
    {
        var implanted = Read(Implant(100));
        var transferred = Read(Implant(100), (0, new ProgramTransferredPayload(2)));
        var reprogrammed = Read(Implant(100), (0, new ProgramTransferredPayload(2)), (1, Program(120)));
        var refilled = Read(Implant(100), (1, new RefillPayload(Volume.FromMilliliters(19), Volume.FromMilliliters(20), MassConcentration.FromMicrogramsPerMilliliter(500))));

        Assert.Equal((2L, EventKind.Implant), (implanted.PendingTransfer!.Seq, implanted.PendingTransfer.Kind));
        Assert.Null(transferred.PendingTransfer);
        Assert.Equal((4L, EventKind.DoseProgram), (reprogrammed.PendingTransfer!.Seq, reprogrammed.PendingTransfer.Kind));
        Assert.Equal(EventKind.Refill, refilled.PendingTransfer?.Kind);
    }

    [Fact]
    public void Transferring_an_older_plan_leaves_the_newer_one_pending()
    {
        var timeline = Read(Implant(100), (1, Program(120)), (1, new ProgramTransferredPayload(2)));

        Assert.Equal(3, timeline.PendingTransfer?.Seq);
    }

    [Fact]
    public void A_safety_alert_keeps_its_code_and_message()
    {
        var timeline = Read(Implant(100), (1, new AlarmRaisedPayload(AlarmType.SafetyAlert, "More left than expected", "UNDER_DELIVERY")));

        Assert.Equal(("UNDER_DELIVERY", "More left than expected", false), (timeline.Alarms[0].AlertCode, timeline.Alarms[0].Details, timeline.Alarms[0].Acknowledged));
    }

    [Fact]
    public void One_reading_holds_the_course_with_the_program_fills_and_open_alarms()
    {
        var record = Read(
            new AssessmentPayload([new AssessmentScore("modified-ashworth", "3")]),
            (0, new ScreeningBolusPayload(Mass.FromMicrograms(50), MassConcentration.FromMicrogramsPerMilliliter(50), Volume.FromMilliliters(1))),
            (0, new ScreeningOutcomePayload(TrialOutcome.Positive, Mass.FromMicrograms(50), Duration.FromHours(6))),
            (1, Implant(100)),
            (2, new AlarmRaisedPayload(AlarmType.LowReservoir, "beeping")));

        Assert.Equal(TherapyPhase.Implanted, record.Phase);
        Assert.Null(record.CourseProblem);
        Assert.Equal(MassFlow.FromMicrogramsPerDay(100), record.Program?.Dose);
        Assert.Single(record.Fills);
        Assert.Equal([6L], record.OpenAlarms.Select(a => a.Seq));
        Assert.Equal([6L], record.Course!.OpenAlarms);
        Assert.Equal(EventKind.Implant, record.PendingTransfer?.Kind);
        Assert.True(record.Can(TherapyAction.Refill, out _));
        Assert.Equal("synchromed-ii-40", record.PumpModelId);
    }

    [Fact]
    public void A_log_that_strays_from_the_workflow_keeps_its_program_and_fills_and_leaves_the_strays_out_of_the_course()
    {
        var record = Read(Implant(100), (2, Program(120)));

        // The implant without a screening does not fit the workflow: it stays in the log and its program and fill are read,
        // but the course goes on without it (and so without the program that needs it), saying which events it left out.
        Assert.Equal(TherapyPhase.Candidate, record.Phase);
        Assert.Null(record.CourseProblem);
        Assert.Contains(record.CourseStrays, s => s.StartsWith("event 2 (implant) no longer fits the therapy workflow", StringComparison.Ordinal));
        Assert.Equal(MassFlow.FromMicrogramsPerDay(120), record.Program?.Dose);
        Assert.Single(record.Fills);
        Assert.False(record.Can(TherapyAction.Refill, out var reasons));
        Assert.Contains(reasons, r => r.Contains("a pump is implanted", StringComparison.Ordinal));
        Assert.Same(record.Course, record.RequireCourse());
    }

    [Fact]
    public void The_record_as_it_stood_at_a_moment_leaves_out_what_happened_later()
    {
        var record = Read(Implant(100), (3, Program(120)), (5, Program(140)));

        var then = record.At(Implanted.AddDays(4));

        Assert.Equal(MassFlow.FromMicrogramsPerDay(120), then.Program?.Dose);
        Assert.Equal(3, then.Events.Count);
        Assert.Same(record, record.At(Implanted.AddDays(6)));
    }

    private static ImplantPayload Implant(decimal mcgPerDay, DateOnly? alarm = null) =>
        new("synchromed-ii-20", Volume.FromMilliliters(20), MassConcentration.FromMicrogramsPerMilliliter(500), MassFlow.FromMicrogramsPerDay(mcgPerDay), AlarmDate: alarm);

    private static DoseProgramPayload Program(decimal mcgPerDay) =>
        new(MassFlow.FromMicrogramsPerDay(mcgPerDay), MassConcentration.FromMicrogramsPerMilliliter(500));

    private static TherapyRecord Read(EventPayload implant, params (int Day, EventPayload Payload)[] later) => TherapyRecord.Read(TestProtocols.Default(), Events(implant, later));

    private static List<LogEvent> Events(EventPayload implant, params (int Day, EventPayload Payload)[] later)
    {
        var recorded = Implanted.AddDays(30);
        var registration = new NewEvent(LogSamples.P1, Implanted.AddDays(-10), "n", new PatientRegisteredPayload(LogSamples.Patient()));
        var events = new List<LogEvent> { registration.Seal(1, recorded, EventHash.Genesis) };
        foreach (var (day, payload) in later.Prepend((0, implant)))
        {
            var e = new NewEvent(LogSamples.P1, Implanted.AddDays(day), "n", payload);
            events.Add(e.Seal(events.Count + 1, recorded, events[^1].Hash));
        }

        return events;
    }
}
