using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Log;

public class HashChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_chain_built_by_sealing_each_event_onto_the_last_verifies()
    {
        var events = Chain(LogSamples.P1, 5).Concat(Chain(LogSamples.P2, 3)).ToList();

        var result = HashChain.Verify(events);

        Assert.True(result.IsIntact);
        Assert.Equal(2, result.Patients);
        Assert.Equal(8, result.Events);
    }

    [Fact]
    public void An_empty_log_is_intact()
    {
        Assert.Equal(new ChainVerification(0, 0, null), HashChain.Verify([]));
    }

    [Fact]
    public void Edited_content_is_a_hash_mismatch_at_that_event()
    {
        var events = Chain(LogSamples.P1, 5);
        events[2] = events[2] with { Author = "someone else" };

        var broken = HashChain.Verify(events).FirstBreak;

        Assert.Equal((3L, ChainProblem.HashMismatch), (broken?.Seq, broken?.Problem));
        Assert.StartsWith("patient P-0001 event 3 (note, 2026-11-21T09:00:00.0000000Z): content does not match its hash", broken?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resealed_forgery_breaks_the_next_link()
    {
        var events = Chain(LogSamples.P1, 5);
        var forged = events[2] with { Author = "someone else" };
        events[2] = forged with { Hash = EventHash.Compute(forged) };

        var broken = HashChain.Verify(events).FirstBreak;

        Assert.Equal((4L, ChainProblem.PrevHashMismatch), (broken?.Seq, broken?.Problem));
    }

    [Fact]
    public void Missing_and_repeated_events_are_sequence_breaks()
    {
        var events = Chain(LogSamples.P1, 5);
        var missing = events.Where(e => e.Seq != 3).ToList();
        var repeated = events.Take(3).Append(events[2]).ToList();

        Assert.Equal((4L, ChainProblem.SequenceGap), Describe(HashChain.Verify(missing)));
        Assert.Equal((3L, ChainProblem.SequenceGap), Describe(HashChain.Verify(repeated)));
        Assert.Contains("event 3 is missing", HashChain.Verify(missing).FirstBreak?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_must_start_with_the_registration()
    {
        var events = Chain(LogSamples.P1, 3);
        var note = new NewEvent(LogSamples.P1, Start, "nurse", new NotePayload("x"));
        var headless = events.Skip(1).Prepend(events[1] with { Seq = 1 }).ToList();

        Assert.Equal((1L, ChainProblem.MissingRegistration), Describe(HashChain.Verify(headless)));
        Assert.Throws<Errors.InvalidInputException>(() => note.Seal(1, Start, EventHash.Genesis));
    }

    [Fact]
    public void Verification_stops_at_the_first_break()
    {
        var events = Chain(LogSamples.P1, 5);
        events[1] = events[1] with { Reason = "edited" };
        events[3] = events[3] with { Reason = "edited too" };

        var result = HashChain.Verify(events);

        Assert.Equal(2, result.FirstBreak?.Seq);
        Assert.Equal(2, result.Events);
    }

    internal static List<LogEvent> Chain(PatientId patient, int length)
    {
        var registration = new NewEvent(patient, Start, "nurse", new PatientRegisteredPayload(LogSamples.Patient(patient)));
        var events = new List<LogEvent> { registration.Seal(1, Start, EventHash.Genesis) };
        while (events.Count < length)
        {
            var note = new NewEvent(patient, Start, "nurse", new NotePayload($"note {events.Count}"));
            events.Add(note.Seal(events.Count + 1, Start, events[^1].Hash));
        }

        return events;
    }

    private static (long?, ChainProblem?) Describe(ChainVerification result) => (result.FirstBreak?.Seq, result.FirstBreak?.Problem);
}
