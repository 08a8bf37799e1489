using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests;

public sealed class EventGuardTests : IDisposable
{
    private readonly TempLog log = new();
    private readonly LogDatabase database;

    public EventGuardTests()
    {
        database = log.Open();
        new PatientStore(database).Register(LogSamples.Patient(), log.Clock.GetUtcNow(), "nurse");
    }

    public void Dispose()
    {
        database.Dispose();
        log.Dispose();
    }

    [Fact]
    public void The_guard_sees_the_patients_history_including_earlier_events_of_the_same_batch()
    {
        var guard = new RecordingGuard();
        var store = new EventStore(database, guard);

        store.AppendAll([Note("a"), Note("b")]);

        Assert.Equal([[1L], [1L, 2L]], guard.Seen);
    }

    [Fact]
    public void A_refused_event_is_not_stored_and_the_refusal_names_the_guard()
    {
        var store = new EventStore(database, new RefuseNotes());

        var error = Assert.Throws<ProtocolLimitException>(() => store.Append(Note("too soon")));

        Assert.Equal("NO_NOTES", error.Code);
        Assert.Single(new EventStore(database).Events(LogSamples.P1));
    }

    [Fact]
    public void Without_a_guard_every_valid_event_is_recorded()
    {
        new EventStore(database).Append(Note("plain data"));

        Assert.Equal(2, new EventStore(database).Events(LogSamples.P1).Count);
    }

    private NewEvent Note(string text) => new(LogSamples.P1, log.Clock.GetUtcNow(), "nurse", new NotePayload(text));
}
