using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests;

/// <summary>
/// A log written by an older build (Fixtures/log-c35b8d4.db: main c35b8d4, SQLite 3.35.5) opens, verifies and takes
/// appends with this build's SQLite. The fixture is copied first: opening a log may write to it.
/// </summary>
public sealed class OldLogFixtureTests : IDisposable
{
    private static readonly PatientId P1 = new("P1");
    private static readonly PatientId P2 = new("P2");
    private static readonly PatientId P3 = new("P3");
    private readonly TempLog log = new();

    public OldLogFixtureTests()
    {
        File.Copy(RepositoryPaths.Combine("tests", "ItbPlanner.Storage.Tests", "Fixtures", "log-c35b8d4.db"), log.Path);
    }

    public void Dispose() => log.Dispose();

    [Fact]
    public void A_log_written_by_main_c35b8d4_opens_and_every_chain_verifies()
    {
        using var database = log.Open();

        var verification = new LogVerifier(database).Verify();

        Assert.True(verification.IsIntact, verification.FirstBreak?.Message);
        Assert.Equal(3, verification.Patients);
        Assert.Equal(51, verification.Events);
        Assert.Equal(LogDatabase.LatestSchemaVersion, database.SchemaVersion);
        Assert.Equal("wal", database.Pragmas().JournalMode);
    }

    [Fact]
    public void Every_patient_and_every_event_of_the_old_log_reads()
    {
        using var database = log.Open();
        var events = new EventStore(database);

        var patients = new PatientStore(database).All();

        Assert.Equal(["P1", "P2", "P3"], patients.Select(p => p.Patient.Id.Value).Order(StringComparer.Ordinal));
        Assert.Equal([23L, 19L, 9L], patients.OrderBy(p => p.Patient.Id.Value, StringComparer.Ordinal).Select(p => p.Events));
        foreach (var patient in patients)
        {
            var read = events.Events(patient.Patient.Id);
            Assert.Equal(patient.Events, read.Count);
            Assert.All(read, e => Assert.True(e.IsSealed, $"{e.PatientId} event {e.Seq} does not match its hash"));
            Assert.All(read, e => Assert.NotNull(e.ReadPayload()));
        }

        var refill = events.Last(P2, EventKind.Refill)!.ReadPayload<RefillPayload>()!;
        Assert.Equal(Volume.FromMilliliters(29), refill.Aspirated);
        Assert.Equal(EventKind.AlarmAcknowledged, events.Last(P1, EventKind.AlarmAcknowledged)?.Kind);
        Assert.Equal(EventKind.CandidacyDeclined, events.Head(P3)?.Kind);
    }

    [Fact]
    public void The_old_log_takes_an_append_judged_by_the_workflow_guard_on_its_history_and_still_verifies()
    {
        using var database = log.Open();
        var store = new EventStore(database, new WorkflowEventGuard(TestProtocols.Default()));
        var at = log.Clock.GetUtcNow();
        var concentration = MassConcentration.FromMicrogramsPerMilliliter(500);

        // 160 -> 240 mcg/day is a 50 % titration step: the guard, reading P1's old history, refuses it.
        var refused = Assert.Throws<ProtocolLimitException>(() => store.Append(new NewEvent(P1, at, "nurse", new DoseProgramPayload(MassFlow.FromMicrogramsPerDay(240), concentration))));
        var appended = store.Append(new NewEvent(P1, at, "nurse", new DoseProgramPayload(MassFlow.FromMicrogramsPerDay(180), concentration), "titration step 4"));

        Assert.Equal("STEP_ABOVE_PROTOCOL_LIMIT", refused.Code);
        Assert.Equal(24, appended.Seq);
        Assert.Equal(store.Events(P1)[^2].Hash, appended.PrevHash);
        var verification = new LogVerifier(database).Verify();
        Assert.True(verification.IsIntact, verification.FirstBreak?.Message);
        Assert.Equal(52, verification.Events);
    }
}
