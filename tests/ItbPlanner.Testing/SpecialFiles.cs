using System.Diagnostics;

namespace ItbPlanner.Testing;

/// <summary>
/// Files that are not regular files (a FIFO), and a guard that runs a read of one without letting the test hang: a
/// reader that opens a FIFO blocks until a writer opens it, so after the deadline the guard opens it for writing itself,
/// which lets the stuck reader finish (and the test fail) instead of waiting forever.
/// </summary>
public static class SpecialFiles
{
    /// <summary>How long a read may take before it counts as hanging.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    /// <summary>Creates a FIFO (named pipe) at <paramref name="path"/> with <c>mkfifo</c>.</summary>
    public static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("mkfifo could not be started.");
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed with exit code {mkfifo.ExitCode}.");
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/>, which may open <paramref name="fifo"/>; returns its result, or throws when it did not
    /// finish before the deadline (after unblocking it by opening the FIFO for writing).
    /// </summary>
    public static T ReadWithoutHanging<T>(string fifo, Func<T> read)
    {
        var task = Task.Run(read);
        if (task.Wait(Deadline))
        {
            return task.Result;
        }

        // The reader is blocked in open(): a writer's open completes at once, and closing it gives the reader end-of-file.
        using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
        {
        }

        task.Wait(Deadline);
        throw new TimeoutException($"reading {fifo} did not return within {Deadline.TotalSeconds} s: it opened the FIFO and waited for a writer.");
    }
}
