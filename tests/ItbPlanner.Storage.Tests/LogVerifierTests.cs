using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log;
using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests;

public sealed class LogVerifierTests : IDisposable
{
    private const string DropTriggers = "DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;";

    private readonly TempLog log = new();

    public LogVerifierTests()
    {
        using var database = log.Open();
        var patients = new PatientStore(database);
        var events = new EventStore(database);
        patients.Register(LogSamples.Patient(), log.Clock.GetUtcNow(), "nurse");
        patients.Register(LogSamples.Patient(LogSamples.P2), log.Clock.GetUtcNow(), "nurse");
        foreach (var payload in LogSamples.PayloadOfEveryKind().Where(p => p.Kind is not (EventKind.Correction or EventKind.PatientUpdated)))
        {
            events.Append(new NewEvent(LogSamples.P1, log.Clock.GetUtcNow(), "Dr Who", payload));
            events.Append(new NewEvent(LogSamples.P2, log.Clock.GetUtcNow(), "Dr Who", new NotePayload("interleaved")));
        }
    }

    public void Dispose() => log.Dispose();

    [Fact]
    public void An_untouched_log_verifies_for_every_patient_and_for_one()
    {
        var all = Verify();
        var one = Verify(LogSamples.P1);

        Assert.True(all.IsIntact);
        Assert.Equal(2, all.Patients);
        Assert.Equal((long)log.Scalar("SELECT count(*) FROM events")!, all.Events);
        Assert.True(one.IsIntact);
        Assert.Equal(1, one.Patients);
    }

    [Fact]
    public void An_edited_payload_is_found_and_the_event_named()
    {
        log.Execute(DropTriggers + "UPDATE events SET payload = replace(payload, '\"doseMcgPerDay\":120', '\"doseMcgPerDay\":1200') WHERE patient_id = 'P-0001' AND kind = 'dose-program'");

        var broken = Verify().FirstBreak;

        Assert.NotNull(broken);
        Assert.Equal(LogSamples.P1, broken.PatientId);
        Assert.Equal(SeqOf("dose-program"), broken.Seq);
        Assert.Equal(ChainProblem.HashMismatch, broken.Problem);
        Assert.Contains($"patient P-0001 event {broken.Seq} (dose-program", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_hash_is_found()
    {
        log.Execute(DropTriggers + "UPDATE events SET hash = '" + new string('a', 64) + "' WHERE patient_id = 'P-0002' AND seq = 3");

        var broken = Verify().FirstBreak;

        Assert.Equal((LogSamples.P2, 3L, ChainProblem.HashMismatch), (broken?.PatientId, broken?.Seq, broken?.Problem));
    }

    [Fact]
    public void A_rewritten_event_with_a_recomputed_hash_breaks_the_link_to_the_next()
    {
        var seq = SeqOf("refill");
        var original = Read(LogSamples.P1).Single(e => e.Seq == seq);
        var forged = original with { PayloadJson = original.PayloadJson.Replace("\"aspiratedMl\":2.7", "\"aspiratedMl\":1.2", StringComparison.Ordinal) };
        forged = forged with { Hash = EventHash.Compute(forged) };
        log.Execute(DropTriggers + $"UPDATE events SET payload = '{forged.PayloadJson}', hash = '{forged.Hash}' WHERE patient_id = 'P-0001' AND seq = {seq}");

        var broken = Verify(LogSamples.P1).FirstBreak;

        Assert.Equal((seq + 1, ChainProblem.PrevHashMismatch), (broken?.Seq, broken?.Problem));
        Assert.Contains($"event {seq} or this event was rewritten", broken?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_event_shows_as_a_gap()
    {
        log.Execute(DropTriggers + "DELETE FROM events WHERE patient_id = 'P-0002' AND seq = 4");

        var broken = Verify(LogSamples.P2).FirstBreak;

        Assert.Equal((5L, ChainProblem.SequenceGap), (broken?.Seq, broken?.Problem));
        Assert.Contains("event 4 is missing", broken?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_row_is_reported_not_thrown()
    {
        log.Execute(DropTriggers + "UPDATE events SET kind = 'bribe' WHERE patient_id = 'P-0002' AND seq = 2");

        var broken = Verify().FirstBreak;

        Assert.Equal((LogSamples.P2, 2L, ChainProblem.Unreadable), (broken?.PatientId, broken?.Seq, broken?.Problem));
        Assert.Contains("unknown kind 'bribe'", broken?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tampering_with_the_sqlite3_shell_is_found()
    {
        log.Sqlite3(DropTriggers + "UPDATE events SET reason = 'nothing happened' WHERE patient_id = 'P-0001' AND seq = 5;");

        var broken = Verify().FirstBreak;

        Assert.Equal((LogSamples.P1, 5L, ChainProblem.HashMismatch), (broken?.PatientId, broken?.Seq, broken?.Problem));
    }

    [Fact]
    public void A_registered_patient_without_events_is_a_break()
    {
        log.Execute(DropTriggers + "DELETE FROM events WHERE patient_id = 'P-0002'");

        var broken = Verify().FirstBreak;

        Assert.Equal((LogSamples.P2, ChainProblem.MissingRegistration), (broken?.PatientId, broken?.Problem));
    }

    private ChainVerification Verify(PatientId? patient = null)
    {
        using var database = log.Open();
        return new LogVerifier(database).Verify(patient);
    }

    private IReadOnlyList<LogEvent> Read(PatientId patient)
    {
        using var database = log.Open();
        return new EventStore(database).Events(patient);
    }

    private long SeqOf(string kind) => (long)log.Scalar($"SELECT seq FROM events WHERE patient_id = 'P-0001' AND kind = '{kind}'")!;
}
