using System.Diagnostics;

namespace ItbPlanner.App.Tests;

/// <summary>The sqlite3 shell on a log file, as someone looking into (or tampering with) the file would use it.</summary>
internal static class Sqlite3Shell
{
    /// <summary>Runs one statement and returns what it printed, lines joined by '\n' (columns by '|').</summary>
    public static string Run(string database, string sql)
    {
        using var process = Process.Start(new ProcessStartInfo("sqlite3", [database, sql]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"sqlite3 failed: {error}");
        return output.Result.TrimEnd('\n');
    }
}
