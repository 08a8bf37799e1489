using System.Diagnostics;
using System.Globalization;
using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests;

/// <summary>
/// Runs tests/ItbPlanner.Storage.Writer as a separate OS process (<c>dotnet ItbPlanner.Storage.Writer.dll</c>). The writer
/// prints "PATIENT SEQ" after each commit; <see cref="Committed"/> collects those lines.
/// </summary>
public sealed class WriterProcess : IDisposable
{
    private readonly Process process;

    public WriterProcess(string database, string author, int count, params string[] patients)
    {
        var start = new ProcessStartInfo("dotnet", [DllPath, database, author, count.ToString(CultureInfo.InvariantCulture), .. patients])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("The writer did not start.");
    }

    /// <summary>The writer's build output, next to this test assembly's: tests/ItbPlanner.Storage.Writer/bin/CONFIG/TFM.</summary>
    public static string DllPath { get; } = FindDll();

    public List<(string Patient, long Seq)> Committed { get; } = [];

    /// <summary>Reads committed lines until there are at least <paramref name="count"/> (or the writer ends).</summary>
    public void ReadUntil(int count)
    {
        while (Committed.Count < count && ReadOne())
        {
        }
    }

    /// <summary>Waits for the writer to finish, failing with its error output if it did not succeed.</summary>
    public void WaitForSuccess()
    {
        ReadUntil(int.MaxValue);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"The writer exited {process.ExitCode}: {process.StandardError.ReadToEnd()}");
    }

    /// <summary>Kills the writer with SIGKILL, then collects every line it printed before dying.</summary>
    public void KillAndCollect()
    {
        process.Kill();
        process.WaitForExit();
        ReadUntil(int.MaxValue);
        Assert.NotEqual(0, process.ExitCode);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
    }

    private bool ReadOne()
    {
        var line = process.StandardOutput.ReadLine();
        if (line is null)
        {
            return false;
        }

        var parts = line.Split(' ');
        Committed.Add((parts[0], long.Parse(parts[1], CultureInfo.InvariantCulture)));
        return true;
    }

    private static string FindDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = RepositoryPaths.Combine("tests", "ItbPlanner.Storage.Writer", "bin", output.Parent!.Name, output.Name, "ItbPlanner.Storage.Writer.dll");
        Assert.True(File.Exists(path), $"The writer is not built at {path}: build ItbPlanner.Storage.Tests, which builds it.");
        return path;
    }
}
