using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests;

/// <summary>Issue 12 item 14: events streamed in sequence or occurrence order, the newest N, and the marks from light passes.</summary>
public sealed class EventStreamTests : IDisposable
{
    private readonly TempLog log = new();

    public EventStreamTests()
    {
        using var database = log.Open();
        new PatientStore(database).Register(LogSamples.Patient(), log.Clock.GetUtcNow().AddDays(-30), "nurse");
        var events = new EventStore(database);
        var start = log.Clock.GetUtcNow().AddDays(-20);
        foreach (var day in new[] { 1, 2, 3, 10, 4, 11, 12, 5, 13 })
        {
            events.Append(new NewEvent(LogSamples.P1, start.AddDays(day), "nurse", new NotePayload($"day {day}")));
        }

        events.Append(new NewEvent(LogSamples.P1, start.AddDays(14), "nurse", new NotePayload("retracted"), "wrong patient", correctsSeq: 3));
    }

    public void Dispose() => log.Dispose();

    [Fact]
    public void Occurrence_order_merges_the_late_entries_into_place_like_a_sort()
    {
        using var database = log.Open();
        var store = new EventStore(database);
        var all = store.Events(LogSamples.P1);

        var streamed = store.Stream(LogSamples.P1, new EventFilter { InOccurrenceOrder = true }).Select(e => e.Seq).ToArray();

        Assert.Equal(all.OrderBy(e => e.OccurredAt).ThenBy(e => e.Seq).Select(e => e.Seq), streamed);
        Assert.NotEqual(all.Select(e => e.Seq), streamed);
    }

    [Fact]
    public void Newest_reads_the_last_N_matching_events_oldest_first_and_counts_them()
    {
        using var database = log.Open();
        var store = new EventStore(database);
        var filter = new EventFilter(Kinds: [EventKind.Note]) { Newest = 4 };

        Assert.Equal([8L, 9L, 10L, 11L], store.Stream(LogSamples.P1, filter).Select(e => e.Seq));
        Assert.Equal(4, store.Count(LogSamples.P1, filter));
        Assert.Equal(10, store.Count(LogSamples.P1, filter with { Newest = 50 }));
    }

    [Fact]
    public void The_marks_equal_those_computed_from_every_event()
    {
        using var database = log.Open();
        var store = new EventStore(database);
        var all = store.Events(LogSamples.P1);

        var marks = store.Marks(LogSamples.P1);

        Assert.Equal(CorrectedLog.Voided(all).Order(), marks.Voided.Order());
        Assert.Equal(LateEntries.Of(all).Order(), marks.Late.Order());
        Assert.Equal([3L], marks.Voided);
        Assert.Equal([6L, 9L], marks.Late.Order());
    }
}
