using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Storage.Checkpoints;
using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests.Contract;

/// <summary>A log moved between stores keeps every hash: the same heads, a checkpoint of the original still holds.</summary>
[Collection(PostgresTests.Name)]
public sealed class LogCopyTests : IDisposable
{
    private readonly SqliteStore original = new();
    private readonly PostgresStore server = new();
    private readonly TempLog back = new();

    public void Dispose()
    {
        original.Dispose();
        server.Dispose();
        back.Dispose();
    }

    [Fact]
    public void A_log_copied_sqlite_to_postgres_to_sqlite_verifies_with_the_same_head_hashes_at_every_step()
    {
        LogCheckpoint checkpoint;
        using var key = CheckpointSigningKey.Generate();
        string heads;
        using (var database = original.Open())
        {
            Fill(database);
            checkpoint = new LogCheckpoints(database).Take(key, out _)!;
            heads = LogCopy.HeadsDigest(database);
        }

        using (var from = original.Open())
        using (var to = server.Open())
        {
            var copied = LogCopy.Copy(from, to);
            Assert.Equal((3, 3L + 3 + 250, 1), (copied.Patients, copied.Events, copied.Checkpoints));
            Assert.Equal(heads, copied.HeadsDigest);
        }

        using (var from = server.Open())
        using (var to = back.Open())
        {
            Assert.Equal(heads, LogCopy.Copy(from, to).HeadsDigest);
        }

        foreach (var copy in new Func<LogDatabase>[] { server.Open, () => back.Open() })
        {
            using var database = copy();
            var audit = new LogVerifier(database).Audit(checkpoint: checkpoint, publicKey: key.PublicKey);
            Assert.True(audit.IsIntact, string.Join("; ", audit.Problems.Select(p => p.Message)));
            Assert.Equal(heads, LogCopy.HeadsDigest(database));
            Assert.Equal(
                [LogSamples.P1, LogSamples.P2, new PatientId("P-0003")],
                new PatientStore(database).All().Select(p => p.Patient.Id));
            Assert.NotNull(new LogCheckpoints(database).Newest());
        }
    }

    [Fact]
    public void A_copy_into_a_log_that_holds_anything_is_refused_and_changes_nothing()
    {
        using (var database = original.Open())
        {
            Fill(database);
        }

        using (var database = server.Open())
        {
            new PatientStore(database).Register(LogSamples.Patient(new PatientId("P-9999")), server.Clock.GetUtcNow(), "nurse");
        }

        using var from = original.Open();
        using var to = server.Open();
        var error = Assert.Throws<InvalidInputException>(() => LogCopy.Copy(from, to));

        Assert.Contains("already holds a log", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, server.Scalar("SELECT count(*) FROM events"));
    }

    private void Fill(LogDatabase database)
    {
        var at = original.Clock.GetUtcNow();
        var patients = new PatientStore(database);
        foreach (var id in new[] { LogSamples.P1, LogSamples.P2, new PatientId("P-0003") })
        {
            patients.Register(LogSamples.Patient(id), at.AddDays(-30), "nurse");
        }

        var events = new EventStore(database);
        events.Append(new NewEvent(LogSamples.P1, at.AddDays(-2), "Dr Who", new NotePayload("typo")));
        events.Append(new NewEvent(LogSamples.P1, at.AddDays(-2), "Dr Who", new NotePayload("fixed: «µg» ünïcode"), "typo", 2));
        events.Append(new NewEvent(LogSamples.P1, at.AddDays(-5), "Dr Who", new NotePayload("late entry")));
        // More than one batch of the copy's multi-row INSERT (200), and a remainder.
        events.AppendAll([.. Enumerable.Range(0, 250).Select(i => new NewEvent(LogSamples.P2, at.AddMinutes(-i), "nurse", new NotePayload($"note {i}")))]);
    }
}
