using System.Data.Common;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Storage.Checkpoints;
using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests.Contract;

/// <summary>
/// What every store of the log guarantees, SQLite file or PostgreSQL server alike: events read back as recorded on an
/// intact chain; the store itself refuses to change history; the workflow guard runs inside the append's transaction;
/// writers in several processes lose and duplicate nothing; a killed writer loses nothing it reported; checkpoints hold.
/// Each store runs it through a subclass that says how to make a fresh log.
/// </summary>
public abstract class LogStoreContract : IDisposable
{
    private IStoreUnderTest? store;

    protected IStoreUnderTest Store => store ??= CreateStore();

    public void Dispose()
    {
        store?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Recorded_events_read_back_in_order_on_an_intact_chain()
    {
        using var database = Store.Open();
        var registration = new PatientStore(database).Register(LogSamples.Patient(), Store.Clock.GetUtcNow().AddDays(-1), "nurse");
        var events = new EventStore(database);
        foreach (var payload in LogSamples.PayloadOfEveryKind().Where(p => p.Kind != EventKind.Correction))
        {
            events.Append(new NewEvent(LogSamples.P1, Store.Clock.GetUtcNow(), "Dr Who", payload));
        }

        var stored = events.Events(LogSamples.P1);

        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored.Select(e => e.Seq));
        Assert.Equal(registration.Hash, stored[0].Hash);
        Assert.Equal(stored[^1].Hash, events.Head(LogSamples.P1)!.Hash);
        Assert.True(new LogVerifier(database).Verify().IsIntact);
        Assert.True(new LogVerifier(database).Audit().IsIntact, string.Join("; ", new LogVerifier(database).Audit().Problems.Select(p => p.Message)));
    }

    [Fact]
    public void The_same_events_give_the_same_hashes_in_every_store()
    {
        using var database = Store.Open();
        new PatientStore(database).Register(LogSamples.Patient(), Store.Clock.GetUtcNow().AddDays(-1), "nurse");
        var head = new EventStore(database).Append(new NewEvent(LogSamples.P1, Store.Clock.GetUtcNow(), "nurse", new NotePayload("same everywhere")));

        // Sealed by the domain from the same fields: what SQLite and PostgreSQL store must hash to the same head.
        Assert.Equal(2, head.Seq);
        Assert.Equal(head.Hash, new EventStore(database).Events(LogSamples.P1)[^1].Hash);
        Assert.Equal(64, head.Hash.Length);
    }

    [Fact]
    public void A_patient_is_registered_once()
    {
        using var database = Store.Open();
        var patients = new PatientStore(database);
        patients.Register(LogSamples.Patient(), Store.Clock.GetUtcNow(), "nurse");

        Assert.Throws<InvalidInputException>(() => patients.Register(LogSamples.Patient(), Store.Clock.GetUtcNow(), "nurse"));
        Assert.Equal([LogSamples.P1], patients.All().Select(p => p.Patient.Id));
    }

    [Theory]
    [InlineData("UPDATE events SET reason = 'rewritten' WHERE seq = 1")]
    [InlineData("DELETE FROM events WHERE seq = 1")]
    [InlineData("UPDATE patients SET registered_at = registered_at")]
    [InlineData("DELETE FROM patients")]
    public void The_store_itself_refuses_to_change_or_delete_history(string sql)
    {
        using (var database = Store.Open())
        {
            new PatientStore(database).Register(LogSamples.Patient(), Store.Clock.GetUtcNow(), "nurse");
        }

        Assert.ThrowsAny<DbException>(() => Store.Execute(sql));

        Assert.Equal(1L, Store.Scalar("SELECT count(*) FROM events"));
        Assert.Equal(1L, Store.Scalar("SELECT count(*) FROM patients"));
    }

    [Fact]
    public void The_guard_sees_the_history_inside_the_append_and_a_refusal_stores_nothing()
    {
        using var database = Store.Open();
        new PatientStore(database).Register(LogSamples.Patient(), Store.Clock.GetUtcNow(), "nurse");
        var guard = new RecordingGuard();

        new EventStore(database, guard).AppendAll([Note("a"), Note("b")]);
        var refusal = Assert.Throws<ProtocolLimitException>(() => new EventStore(database, new RefuseNotes()).AppendAll([Note("c"), Note("d")]));

        Assert.Equal([[1L], [1L, 2L]], guard.Seen);
        Assert.Equal("NO_NOTES", refusal.Code);
        Assert.Equal(3, new EventStore(database).Events(LogSamples.P1).Count);
    }

    [Fact]
    public void A_correction_must_name_an_earlier_event_of_the_same_kind()
    {
        using var database = Store.Open();
        new PatientStore(database).Register(LogSamples.Patient(), Store.Clock.GetUtcNow(), "nurse");
        var events = new EventStore(database);
        events.Append(Note("typo"));

        Assert.Throws<InvalidInputException>(() => events.Append(new NewEvent(LogSamples.P1, Store.Clock.GetUtcNow(), "nurse", new NotePayload("fixed"), "typo", 9)));
        var fixedNote = events.Append(new NewEvent(LogSamples.P1, Store.Clock.GetUtcNow(), "nurse", new NotePayload("fixed"), "typo", 2));

        Assert.Equal(2, fixedNote.CorrectsSeq);
        Assert.Equal(new HashSet<long> { 2 }, events.Marks(LogSamples.P1).Voided);
    }

    [Fact]
    public void Filters_read_the_newest_events_and_in_order_of_occurrence()
    {
        using var database = Store.Open();
        new PatientStore(database).Register(LogSamples.Patient(), Store.Clock.GetUtcNow().AddDays(-10), "nurse");
        var events = new EventStore(database);
        var now = Store.Clock.GetUtcNow();
        events.Append(new NewEvent(LogSamples.P1, now.AddDays(-1), "nurse", new NotePayload("yesterday")));
        events.Append(new NewEvent(LogSamples.P1, now.AddDays(-3), "nurse", new NotePayload("late entry")));
        events.Append(new NewEvent(LogSamples.P1, now, "nurse", new NotePayload("today")));

        var newest = events.Events(LogSamples.P1, new EventFilter { Newest = 2 });
        var byTime = events.Events(LogSamples.P1, new EventFilter(Kinds: [EventKind.Note]) { InOccurrenceOrder = true });

        Assert.Equal([3L, 4L], newest.Select(e => e.Seq));
        Assert.Equal([3L, 2L, 4L], byTime.Select(e => e.Seq));
        Assert.Equal(3, events.Count(LogSamples.P1, new EventFilter(Kinds: [EventKind.Note])));
        Assert.Equal(new HashSet<long> { 3 }, events.Marks(LogSamples.P1).Late);
    }

    [Fact]
    public void A_checkpoint_taken_of_the_log_holds_and_is_remembered()
    {
        using var database = Store.Open();
        new PatientStore(database).Register(LogSamples.Patient(), Store.Clock.GetUtcNow(), "nurse");
        new PatientStore(database).Register(LogSamples.Patient(LogSamples.P2), Store.Clock.GetUtcNow(), "nurse");
        using var key = CheckpointSigningKey.Generate();
        var checkpoints = new LogCheckpoints(database);

        var checkpoint = checkpoints.Take(key, out var audit);
        new EventStore(database).Append(Note("after the checkpoint"));

        Assert.True(audit.IsIntact);
        Assert.NotNull(checkpoint);
        Assert.Equal(2, checkpoint.Heads.Count);
        Assert.Equal(0x49544250, checkpoint.ApplicationId);
        Assert.Empty(checkpoints.Check(checkpoint, key.PublicKey));
        Assert.Equal(Store.Clock.GetUtcNow(), checkpoints.Newest());
        Assert.True(new LogVerifier(database).Audit(checkpoint: checkpoint, publicKey: key.PublicKey).IsIntact);
    }

    [Fact]
    public void Four_processes_appending_300_events_each_to_one_patient_lose_and_duplicate_nothing()
    {
        Register(LogSamples.P1);

        var committed = RunWriters(300, "P-0001");

        Assert.Equal(1200, committed.Count);
        Assert.Equal(1200, committed.Distinct().Count());
        using var database = Store.Open();
        Assert.Equal(Enumerable.Range(1, 1201).Select(i => (long)i), new EventStore(database).Events(LogSamples.P1).Select(e => e.Seq));
        Assert.True(new LogVerifier(database).Verify().IsIntact);
    }

    [Fact]
    public void Four_processes_appending_300_events_each_to_different_patients_lose_and_duplicate_nothing()
    {
        var patients = new[] { "P-0001", "P-0002", "P-0003", "P-0004" };
        foreach (var id in patients)
        {
            Register(new PatientId(id));
        }

        var committed = RunWriters(300, patients);

        Assert.Equal(1200, committed.Distinct().Count());
        using var database = Store.Open();
        foreach (var id in patients)
        {
            Assert.Equal(Enumerable.Range(1, 301).Select(i => (long)i), new EventStore(database).Events(new PatientId(id)).Select(e => e.Seq));
        }

        Assert.Equal(1200L, Store.Scalar("SELECT count(*) FROM events WHERE kind = 'note'"));
        Assert.True(new LogVerifier(database).Verify().IsIntact);
    }

    [Fact]
    public void A_writer_killed_mid_stream_loses_nothing_it_reported_committed()
    {
        Register(LogSamples.P1);
        Register(LogSamples.P2);
        List<(string Patient, long Seq)> committed;
        using (var writer = new WriterProcess(Store.Address, "doomed", 100_000, "P-0001", "P-0002"))
        {
            writer.ReadUntil(150);
            writer.KillAndCollect();
            committed = writer.Committed;
        }

        Assert.True(committed.Count >= 150, $"only {committed.Count} commits were reported");
        using var database = Store.Open();
        var stored = new[] { LogSamples.P1, LogSamples.P2 }
            .SelectMany(p => new EventStore(database).Events(p))
            .Select(e => (e.PatientId.Value, e.Seq))
            .ToHashSet();
        Assert.All(committed, c => Assert.Contains(c, stored));
        Assert.True(new LogVerifier(database).Audit().IsIntact);
    }

    protected abstract IStoreUnderTest CreateStore();

    private List<(string Patient, long Seq)> RunWriters(int each, params string[] patients)
    {
        var writers = Enumerable.Range(0, 4).Select(i => new WriterProcess(Store.Address, $"writer-{i}", each, [.. patients.Skip(i % patients.Length), .. patients.Take(i % patients.Length)])).ToArray();
        try
        {
            foreach (var writer in writers)
            {
                writer.WaitForSuccess();
                Assert.Equal(each, writer.Committed.Count);
            }

            return [.. writers.SelectMany(w => w.Committed)];
        }
        finally
        {
            foreach (var writer in writers)
            {
                writer.Dispose();
            }
        }
    }

    private void Register(PatientId id)
    {
        using var database = Store.Open();
        new PatientStore(database).Register(LogSamples.Patient(id), Store.Clock.GetUtcNow().AddDays(-1), "nurse");
    }

    private NewEvent Note(string text) => new(LogSamples.P1, Store.Clock.GetUtcNow(), "nurse", new NotePayload(text));
}
