using System.Diagnostics;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Courses;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Storage;

namespace ItbPlanner.Bench;

/// <summary>
/// Measures, on an existing (generated) log: single-event appends per second (each its own transaction and disk flush,
/// as the command line does), the time to read and type one patient's whole log, and the time to verify one patient's
/// chain; then appends through the workflow guard (notes, and maintenance dose programs a simulated day apart), and the
/// time of one course rebuild. Reads are repeated; the first (cold) run and the median are printed.
/// </summary>
internal static class Benchmark
{
    public static void Run(Protocol protocol, string path, int appends, int guardedAppends, int repeats)
    {
        var clock = TimeProvider.System;
        using var database = LogDatabase.Open(LogTarget.Parse(path), clock, new LogDatabaseOptions(TimeSpan.FromSeconds(30)));
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

        var rebuildLog = events.Events(middle);
        var rebuild = Time(repeats, () => _ = TherapyRecord.Read(protocol, rebuildLog).RequireCourse());
        Console.WriteLine($"rebuild one patient's record and course ({size} events, already read): first {rebuild.First:F1} ms, median {rebuild.Median:F1} ms");

        var appendPatient = all[^1].Patient.Id;
        var last = events.Events(appendPatient).Max(e => e.OccurredAt);
        Appends("append, unguarded, notes", appends, i => events.Append(new NewEvent(appendPatient, last, "bench", new NotePayload($"bench append {i}"))));

        // Each guarded run goes to a patient of its own, and is short, so the history rebuilt stays near its generated size.
        // The guarded store's clock stands after the simulated days of dose programs, so none is "after now".
        var (notePatient, noteSize) = (all[^2].Patient.Id, all[^2].Events);
        var (programPatient, programSize) = (all[^3].Patient.Id, all[^3].Events);
        last = new[] { last, events.Events(notePatient).Max(e => e.OccurredAt), events.Events(programPatient).Max(e => e.OccurredAt) }.Max();
        using var later = LogDatabase.Open(LogTarget.Parse(path), new FixedClock(last.AddDays(guardedAppends + 2)), new LogDatabaseOptions(TimeSpan.FromSeconds(30)));
        var guarded = new EventStore(later, new WorkflowEventGuard(protocol));
        Appends($"append, guarded, notes ({noteSize} events before)", guardedAppends, i => guarded.Append(new NewEvent(notePatient, last, "bench", new NotePayload($"bench guarded append {i}"))));

        var course = TherapyRecord.Read(protocol, guarded.Events(programPatient)).RequireCourse();
        var rule = protocol.TitrationFor(course.Origin);
        var low = course.CurrentDose ?? throw new InvalidOperationException("The last patient has no dose.");
        var high = ClinicGenerator.Floor(low * (1 + (protocol.MaintenanceFor(course.Origin).MaximumIncrease.Value.Fraction / 4)), rule);
        Appends($"append, guarded, maintenance dose programs a day apart ({programSize} events before)", guardedAppends, i =>
        {
            var (from, to) = i % 2 == 0 ? (low, high) : (high, low);
            guarded.Append(new NewEvent(programPatient, last.AddDays(i + 1), "bench", ClinicGenerator.Program(to, from, 2000, DosePhase.Maintenance)));
        });

        watch.Restart();
        var whole = verifier.Verify();
        Console.WriteLine($"verify every chain: {whole.Events} events of {whole.Patients} patients in {watch.Elapsed.TotalSeconds:F1} s, intact: {whole.IsIntact}");
    }

    /// <summary>Rebuilds every patient's course (the generated histories must follow the workflow); returns the count.</summary>
    public static int RebuildAll(Protocol protocol, string path)
    {
        using var database = LogDatabase.Open(LogTarget.Parse(path), TimeProvider.System, new LogDatabaseOptions(TimeSpan.FromSeconds(30)));
        var events = new EventStore(database);
        var all = new PatientStore(database).All();
        foreach (var patient in all)
        {
            _ = TherapyRecord.Read(protocol, events.Events(patient.Patient.Id)).RequireCourse();
        }

        return all.Count;
    }

    private static void Appends(string label, int count, Action<int> append)
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
        Console.WriteLine($"{label}: {count} single-event transactions in {seconds:F2} s = {count / seconds:F0} events/s, median {times[count / 2]:F2} ms each");
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
