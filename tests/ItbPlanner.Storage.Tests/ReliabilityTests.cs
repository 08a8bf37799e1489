using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests;

/// <summary>Several OS processes on one database file, and a writer killed mid-stream (issue 4, section 3).</summary>
public sealed class ReliabilityTests : IDisposable
{
    private readonly TempLog log = new();

    public ReliabilityTests()
    {
        using var database = log.Open();
        var patients = new PatientStore(database);
        patients.Register(LogSamples.Patient(), log.Clock.GetUtcNow().AddDays(-1), "nurse");
        patients.Register(LogSamples.Patient(LogSamples.P2), log.Clock.GetUtcNow().AddDays(-1), "nurse");
    }

    public void Dispose() => log.Dispose();

    [Fact]
    public void Two_processes_appending_500_events_each_lose_nothing_and_keep_every_chain_intact()
    {
        using (var a = new WriterProcess(log.Path, "writer-a", 500, "P-0001", "P-0002"))
        using (var b = new WriterProcess(log.Path, "writer-b", 500, "P-0001", "P-0002"))
        {
            a.WaitForSuccess();
            b.WaitForSuccess();
            Assert.Equal(500, a.Committed.Count);
            Assert.Equal(500, b.Committed.Count);
            Assert.Empty(a.Committed.Intersect(b.Committed));
        }

        using var database = log.Open();
        var events = new EventStore(database);
        foreach (var patient in new[] { LogSamples.P1, LogSamples.P2 })
        {
            var seqs = events.Events(patient).Select(e => e.Seq).ToArray();
            Assert.Equal(Enumerable.Range(1, 501).Select(i => (long)i), seqs);
        }

        Assert.Equal(1000L, log.Scalar("SELECT count(*) FROM events WHERE kind = 'note'"));
        Assert.Equal(500L, log.Scalar("SELECT count(*) FROM events WHERE author = 'writer-a'"));
        Assert.True(new LogVerifier(database).Verify().IsIntact);
    }

    [Fact]
    public void A_writer_killed_mid_stream_leaves_a_sound_database_holding_everything_it_committed()
    {
        List<(string Patient, long Seq)> committed;
        using (var writer = new WriterProcess(log.Path, "doomed", 100_000, "P-0001", "P-0002"))
        {
            writer.ReadUntil(150);
            writer.KillAndCollect();
            committed = writer.Committed;
        }

        Assert.True(committed.Count >= 150, $"only {committed.Count} commits were reported");
        Assert.Equal("ok", log.Scalar("PRAGMA integrity_check"));
        using var database = log.Open();
        var stored = new[] { LogSamples.P1, LogSamples.P2 }
            .SelectMany(p => new EventStore(database).Events(p))
            .Select(e => (e.PatientId.Value, e.Seq))
            .ToHashSet();
        Assert.All(committed, c => Assert.Contains(c, stored));
        Assert.True(new LogVerifier(database).Verify().IsIntact);
    }
}
