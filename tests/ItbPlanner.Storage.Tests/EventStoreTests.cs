using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests;

public sealed class EventStoreTests : IDisposable
{
    private readonly TempLog log = new();
    private readonly LogDatabase database;
    private readonly EventStore events;

    public EventStoreTests()
    {
        database = log.Open();
        events = new EventStore(database);
        new PatientStore(database).Register(LogSamples.Patient(), log.Clock.GetUtcNow().AddHours(-1), "nurse");
    }

    public void Dispose()
    {
        database.Dispose();
        log.Dispose();
    }

    [Fact]
    public void Every_kind_of_payload_reads_back_equal_to_what_was_recorded()
    {
        var payloads = LogSamples.PayloadOfEveryKind();
        var seq = 1L;
        foreach (var payload in payloads)
        {
            var correcting = payload.Kind == EventKind.Correction ? 2 : (long?)null;
            events.Append(new NewEvent(LogSamples.P1, log.Clock.GetUtcNow(), "Dr Who", payload, correcting is null ? null : "wrong patient", correcting));
        }

        var stored = events.Events(LogSamples.P1);

        Assert.Equal(payloads.Count + 1, stored.Count);
        foreach (var (payload, e) in payloads.Zip(stored.Skip(1)))
        {
            Assert.Equal(++seq, e.Seq);
            Assert.Equal(payload.Kind, e.Kind);
            Assert.Equal(payload, e.ReadPayload());
        }
    }

    [Fact]
    public void Stored_json_spells_out_units_and_keeps_exact_decimals()
    {
        var refill = new RefillPayload(Volume.FromMilliliters(2.70m), Volume.FromMilliliters(40), MassConcentration.FromMilligramsPerMilliliter(2), Volume.FromMilliliters(3.1m));
        events.Append(new NewEvent(LogSamples.P1, log.Clock.GetUtcNow(), "nurse", refill));

        var json = log.Scalar("SELECT payload FROM events WHERE kind = 'refill'");

        Assert.Equal("""{"aspiratedMl":2.7,"fillVolumeMl":40,"concentrationMcgPerMl":2000,"expectedResidualMl":3.1}""", json);
    }

    [Fact]
    public void Appends_take_consecutive_sequence_numbers_chained_by_hash()
    {
        var first = events.Append(Note("one"));
        var second = events.Append(Note("two"));

        Assert.Equal(2, first.Seq);
        Assert.Equal(3, second.Seq);
        Assert.Equal(first.Hash, second.PrevHash);
        Assert.True(second.IsSealed);
    }

    [Fact]
    public void Recording_time_comes_from_the_clock_and_occurrence_time_from_the_caller()
    {
        var happened = new DateTimeOffset(2026, 11, 20, 14, 30, 0, TimeSpan.FromHours(1));
        log.Clock.Advance(TimeSpan.FromMinutes(5));

        var stored = events.Append(new NewEvent(LogSamples.P1, happened, "nurse", new NotePayload("late entry")));

        Assert.Equal(happened, stored.OccurredAt);
        Assert.Equal(TimeSpan.Zero, stored.OccurredAt.Offset);
        Assert.Equal(log.Clock.GetUtcNow(), stored.RecordedAt);
        Assert.Equal(stored, events.Events(LogSamples.P1)[^1]);
    }

    [Fact]
    public void An_event_cannot_be_recorded_before_it_happens()
    {
        var error = Assert.Throws<InvalidInputException>(() => events.Append(new NewEvent(LogSamples.P1, log.Clock.GetUtcNow().AddMinutes(1), "nurse", new NotePayload("x"))));

        Assert.Contains("after it is being recorded", error.Message, StringComparison.Ordinal);
        Assert.Single(events.Events(LogSamples.P1));
    }

    [Fact]
    public void An_unregistered_patient_has_no_log_to_append_to()
    {
        var error = Assert.Throws<InvalidInputException>(() => events.Append(new NewEvent(LogSamples.P2, log.Clock.GetUtcNow(), "nurse", new NotePayload("x"))));

        Assert.Contains("No patient 'P-0002'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_is_stored_whole_or_not_at_all()
    {
        var batch = new[] { Note("a"), Note("b"), new NewEvent(LogSamples.P2, log.Clock.GetUtcNow(), "nurse", new NotePayload("unknown patient")) };

        Assert.Throws<InvalidInputException>(() => events.AppendAll(batch));

        Assert.Single(events.Events(LogSamples.P1));
    }

    [Fact]
    public void A_batch_chains_events_of_several_patients()
    {
        new PatientStore(database).Register(LogSamples.Patient(LogSamples.P2), log.Clock.GetUtcNow(), "nurse");
        var stored = events.AppendAll([Note("a"), Note("b", LogSamples.P2), Note("c")]);

        Assert.Equal([2L, 2L, 3L], stored.Select(e => e.Seq));
        Assert.Equal(stored[0].Hash, stored[2].PrevHash);
        Assert.True(new LogVerifier(database).Verify().IsIntact);
    }

    [Fact]
    public void A_correction_may_replace_an_event_by_one_of_the_same_kind_or_retract_it()
    {
        var wrong = events.Append(new NewEvent(LogSamples.P1, log.Clock.GetUtcNow(), "nurse", new AlarmRaisedPayload(AlarmType.MotorStall)));

        var replacement = events.Append(new NewEvent(LogSamples.P1, log.Clock.GetUtcNow(), "nurse", new AlarmRaisedPayload(AlarmType.LowReservoir), "misheard the tone", wrong.Seq));
        var retraction = events.Append(new NewEvent(LogSamples.P1, log.Clock.GetUtcNow(), "nurse", new CorrectionPayload(), "no alarm after all", wrong.Seq));

        Assert.Equal(wrong.Seq, replacement.CorrectsSeq);
        Assert.Equal(wrong.Seq, retraction.CorrectsSeq);
    }

    [Fact]
    public void A_correction_cannot_replace_an_event_of_another_kind_or_one_not_yet_recorded()
    {
        var note = events.Append(Note("x"));

        var otherKind = Assert.Throws<InvalidInputException>(() => events.Append(new NewEvent(LogSamples.P1, log.Clock.GetUtcNow(), "nurse", new AlarmRaisedPayload(AlarmType.Other), "oops", note.Seq)));
        var future = Assert.Throws<InvalidInputException>(() => events.Append(new NewEvent(LogSamples.P1, log.Clock.GetUtcNow(), "nurse", new CorrectionPayload(), "oops", 99)));

        Assert.Contains("Event 2 is a note", otherKind.Message, StringComparison.Ordinal);
        Assert.Contains("no event 99", future.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_is_not_a_log_event_to_append()
    {
        Assert.Throws<InvalidInputException>(() => events.Append(new NewEvent(LogSamples.P1, log.Clock.GetUtcNow(), "nurse", new PatientRegisteredPayload(LogSamples.Patient()))));
    }

    [Fact]
    public void Events_filter_by_time_and_kind_and_stay_in_sequence_order()
    {
        var start = log.Clock.GetUtcNow();
        events.Append(new NewEvent(LogSamples.P1, start.AddDays(-3), "nurse", new NotePayload("old note")));
        events.Append(new NewEvent(LogSamples.P1, start.AddDays(-1), "nurse", new AlarmRaisedPayload(AlarmType.LowReservoir)));
        events.Append(new NewEvent(LogSamples.P1, start, "nurse", new NotePayload("new note")));

        var recent = events.Events(LogSamples.P1, new EventFilter(Since: start.AddDays(-2)));
        var notes = events.Events(LogSamples.P1, new EventFilter(Kinds: [EventKind.Note]));
        var recentNotes = events.Events(LogSamples.P1, new EventFilter(start.AddDays(-2), [EventKind.Note, EventKind.Note]));

        Assert.Equal([1L, 3L, 4L], recent.Select(e => e.Seq));
        Assert.Equal([2L, 4L], notes.Select(e => e.Seq));
        Assert.Equal([4L], recentNotes.Select(e => e.Seq));
    }

    [Fact]
    public void The_last_event_of_a_kind_is_the_newest_by_sequence()
    {
        events.Append(Program(100));
        events.Append(Note("between"));
        events.Append(Program(120));

        var last = events.Last(LogSamples.P1, EventKind.DoseProgram);

        Assert.Equal(MassFlow.FromMicrogramsPerDay(120), last?.ReadPayload<DoseProgramPayload>()?.Dose);
        Assert.Null(events.Last(LogSamples.P1, EventKind.Refill));
        Assert.Equal(4, events.Head(LogSamples.P1)?.Seq);
        Assert.Null(events.Head(LogSamples.P2));
    }

    private NewEvent Note(string text, PatientId? patient = null) =>
        new(patient ?? LogSamples.P1, log.Clock.GetUtcNow(), "nurse", new NotePayload(text));

    private NewEvent Program(decimal mcgPerDay) =>
        new(LogSamples.P1, log.Clock.GetUtcNow(), "Dr Who", new DoseProgramPayload(MassFlow.FromMicrogramsPerDay(mcgPerDay), MassConcentration.FromMicrogramsPerMilliliter(500)), "titration");
}
