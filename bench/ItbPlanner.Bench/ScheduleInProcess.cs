using System.Diagnostics;
using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.Integrity;
using ItbPlanner.Domain.Log.Snapshots;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Storage;
using ItbPlanner.Storage.Adapters;

namespace ItbPlanner.Bench;

/// <summary>
/// The clinic schedule in this process, through the application's use case: every patient's log read whole (as before
/// issue 13) or through their course snapshots; the peak resident set of the process (VmHWM) with it.
/// </summary>
internal static class ScheduleInProcess
{
    public static void Run(Protocol protocol, string path, bool snapshots, int repeats)
    {
        var clock = TimeProvider.System;
        using var connection = new LogConnection(() => LogTarget.Parse(path), clock);
        var reader = new StoredLogReader(connection);
        var records = snapshots ? new StoredTherapyRecords(connection, new CourseSnapshots(protocol)) : null;
        var useCase = new BuildClinicSchedule(reader, protocol, clock, new CheckpointAge(new StoredLogIntegrity(connection), protocol, clock), records);
        var times = new List<double>();
        var rows = 0;
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            rows = useCase.Build().Entries.Count;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var first = times[0];
        times.Sort();
        Console.WriteLine($"RESULT schedule-inprocess {(snapshots ? "snapshot" : "whole log")} {rows} {first:F0} {times[times.Count / 2]:F0} {PeakMegabytes():F0}");
    }

    /// <summary>The process's peak resident set size (VmHWM) in MB.</summary>
    public static double PeakMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }
}
