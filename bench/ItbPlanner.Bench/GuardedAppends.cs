using System.Diagnostics;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Storage;
using ItbPlanner.Storage.Adapters;

namespace ItbPlanner.Bench;

/// <summary>
/// Guarded appends to one patient's log on a SQLite file, through the application: the port the recording use case
/// appends through (<c>ITherapyLog.Append</c>, the store's transaction with the workflow guard inside it) and the whole use
/// case (<see cref="RecordEntry"/>: preview, then record). With course snapshots (the store resumes the patient's record
/// from their snapshot) or without (<see cref="WholeLogGuard"/>: the same guard, which the store cannot resume, so it
/// reads and replays the whole log as before issue 13). Notes, one a minute after the newest event.
/// </summary>
internal static class GuardedAppends
{
    public static void Run(Protocol protocol, string path, PatientId patient, int count, bool snapshots)
    {
        DateTimeOffset last;
        using (var database = LogDatabase.Open(path, TimeProvider.System))
        {
            // The newest moment among the newest events (the generators append in time order).
            var newest = new EventStore(database).Events(patient, new EventFilter(null, null) { Newest = 50 });
            last = newest.Count > 0 ? newest.Max(e => e.OccurredAt) : throw new InvalidOperationException($"No patient {patient} in {path}.");
        }

        var clock = new FixedClock(last.AddDays(30));
        IEventGuard guard = snapshots ? new WorkflowEventGuard(protocol) : new WholeLogGuard(new WorkflowEventGuard(protocol));
        using var connection = new LogConnection(() => LogTarget.Parse(path), clock);
        var log = new StoredTherapyLog(connection, guard);
        var size = log.Count(patient);
        var records = guard is WorkflowEventGuard workflow ? new StoredTherapyRecords(connection, workflow.Snapshots) : null;
        var useCase = new RecordEntry(log, protocol, clock, guard, records);
        var mode = snapshots ? "snapshot" : "whole log";

        // The first append (with snapshots: reads the log whole once and saves the snapshot) is not counted.
        log.Append([new NewEvent(patient, last.AddMinutes(1), "bench", new NotePayload("warm-up"))]);
        var port = Time(count, i => log.Append([new NewEvent(patient, last.AddMinutes(2 + i), "bench", new NotePayload($"bench {i}"))]));
        Console.WriteLine($"RESULT appends-port {mode} {size} {port.PerSecond:F0} {port.Median:F2}");
        var offset = count + 3;
        var whole = Time(count, i => useCase.Record(new EntryRequest(new EntryHeader(patient, last.AddMinutes(offset + i), "bench"), new NoteEntry($"bench entry {i}"))));
        Console.WriteLine($"RESULT appends-usecase {mode} {size} {whole.PerSecond:F0} {whole.Median:F2}");
    }

    private static (double PerSecond, double Median) Time(int count, Action<int> append)
    {
        var times = new List<double>(count);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var one = Stopwatch.StartNew();
            append(i);
            times.Add(one.Elapsed.TotalMilliseconds);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        times.Sort();
        return (count / seconds, times[count / 2]);
    }

    /// <summary>The workflow's guard hidden behind the plain interface: the store reads the whole log for it, as before issue 13.</summary>
    private sealed class WholeLogGuard(IEventGuard inner) : IEventGuard
    {
        public void Check(NewEvent candidate, IReadOnlyList<LogEvent> history) => inner.Check(candidate, history);
    }
}
