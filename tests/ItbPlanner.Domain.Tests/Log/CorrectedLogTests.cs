using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Log;

public class CorrectedLogTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_retracted_event_and_the_retraction_drop_out()
    {
        var log = Log(Note("a"), Note("b"), Fix(new CorrectionPayload(), 2));

        Assert.Equal([1L, 3L], Seqs(CorrectedLog.Effective(log)));
    }

    [Fact]
    public void A_replacement_stands_in_place_of_the_event_it_replaces()
    {
        var log = Log(Note("a"), Fix(new NotePayload("a, spelled right"), 2), Note("c"));

        Assert.Equal([1L, 3L, 4L], Seqs(CorrectedLog.Effective(log)));
    }

    [Fact]
    public void Retracting_a_correction_restores_what_it_had_voided()
    {
        var log = Log(Note("a"), Fix(new CorrectionPayload(), 2), Fix(new CorrectionPayload(), 3));

        Assert.Equal([1L, 2L], Seqs(CorrectedLog.Effective(log)));
        Assert.Equal(new HashSet<long> { 3 }, CorrectedLog.Voided(log));
    }

    [Fact]
    public void A_log_without_corrections_stands_as_it_is()
    {
        var log = Log(Note("a"), Note("b"));

        Assert.Equal(log, CorrectedLog.Effective(log.AsEnumerable().Reverse()));
    }

    private static NewEvent Note(string text) => new(LogSamples.P1, At, "n", new NotePayload(text));

    private static NewEvent Fix(EventPayload payload, long corrects) => new(LogSamples.P1, At, "n", payload, "mistake", corrects);

    private static List<LogEvent> Log(params NewEvent[] events)
    {
        var registration = new NewEvent(LogSamples.P1, At, "n", new PatientRegisteredPayload(LogSamples.Patient()));
        var log = new List<LogEvent> { registration.Seal(1, At, EventHash.Genesis) };
        foreach (var e in events)
        {
            log.Add(e.Seal(log.Count + 1, At, log[^1].Hash));
        }

        return log;
    }

    private static long[] Seqs(IEnumerable<LogEvent> events) => events.Select(e => e.Seq).ToArray();
}
