using System.Diagnostics;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Storage;

namespace ItbPlanner.Bench;

/// <summary>
/// Measures, on an existing (generated) log: single-event appends per second (each its own transaction and disk flush,
/// as the command line does), the time to read and type one patient's whole log, and the time to verify one patient's
/// chain. Reads are repeated; the first (cold) run and the median are printed.
/// </summary>
internal static class Benchmark
{
    public static void Run(string path, int appends, int repeats)
    {
        var clock = TimeProvider.System;
        using var database = LogDatabase.Open(path, clock, new LogDatabaseOptions(TimeSpan.FromSeconds(30)));
        var patients = new PatientStore(database);
        var events = new EventStore(database);
        var verifier = new LogVerifier(database);

        var watch = Stopwatch.StartNew();
        var all = patients.All();
        Console.WriteLine($"patients: {all.Count}, events: {all.Sum(p => p.Events)} (listing all patients: {watch.Elapsed.TotalMilliseconds:F0} ms)");
        var middle = all[all.Count / 2].Patient.Id;
        var size = all[all.Count / 2].Events;

        var show = Time(repeats, () =>
        {
            var log = events.Events(middle);
            foreach (var e in log)
            {
                _ = e.ReadPayload();
            }
        });
        Console.WriteLine($"show one patient's log ({middle}, {size} events, read and typed): first {show.First:F1} ms, median {show.Median:F1} ms");

        var verify = Time(repeats, () =>
        {
            if (!verifier.Verify(middle).IsIntact)
            {
                throw new InvalidOperationException("The generated chain does not verify.");
            }
        });
        Console.WriteLine($"verify one patient's chain ({size} events): first {verify.First:F1} ms, median {verify.Median:F1} ms");

        var appendPatient = all[^1].Patient.Id;
        watch.Restart();
        for (var i = 0; i < appends; i++)
        {
            events.Append(new NewEvent(appendPatient, clock.GetUtcNow(), "bench", new NotePayload($"bench append {i}")));
        }

        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"append: {appends} single-event transactions in {seconds:F2} s = {appends / seconds:F0} events/s");

        watch.Restart();
        var whole = verifier.Verify();
        Console.WriteLine($"verify every chain: {whole.Events} events of {whole.Patients} patients in {watch.Elapsed.TotalSeconds:F1} s, intact: {whole.IsIntact}");
    }

    private static (double First, double Median) Time(int repeats, Action action)
    {
        var times = new List<double>(repeats);
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var first = times[0];
        times.Sort();
        return (first, times[times.Count / 2]);
    }
}
