using System.Diagnostics;

namespace ItbPlanner.App.Tests.ShippedBinary;

/// <summary>
/// Runs <c>itb</c> as its own process, as a clinic's script does: the executable named by <c>ITB_EXECUTABLE</c> (CI sets
/// it to the Native AOT binary the install script built), else the one built next to these tests (the JIT build). The
/// environment is the test's own: a fresh home, data and configuration folder, and the log in <see cref="Database"/>.
/// </summary>
/// <param name="ownLog">False to leave <c>ITB_DB</c> unset, so that the default log under the fresh home is used.</param>
internal sealed class ItbProcess(bool ownLog = true) : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("itb-process-");

    /// <summary>The executable under test.</summary>
    public static string Executable =>
        Environment.GetEnvironmentVariable("ITB_EXECUTABLE") is { Length: > 0 } named ? Path.GetFullPath(named) : Path.Combine(AppContext.BaseDirectory, "itb");

    /// <summary>The folder the commands run in (and their home).</summary>
    public string Folder => folder.FullName;

    /// <summary>The log every command uses (<c>ITB_DB</c>).</summary>
    public string Database => Path.Combine(Folder, "itb.db");

    /// <summary>Runs one command with extra environment variables; fails the test if it runs a minute.</summary>
    /// <param name="args">The command line after <c>itb</c>.</param>
    /// <param name="variables">Environment variables to set.</param>
    /// <param name="shell">A script for <c>/bin/sh</c> that runs <c>itb</c> as <c>"$0" "$@"</c>, to give it a standard
    /// output other than a pipe read back (<c>exec "$0" "$@" &gt;&amp;-</c> closes it); null runs <c>itb</c> itself.</param>
    public CliHarness.Result Run(IEnumerable<string> args, IReadOnlyDictionary<string, string>? variables = null, string? shell = null)
    {
        Assert.True(File.Exists(Executable), $"no itb executable at {Executable}");
        var start = new ProcessStartInfo(shell is null ? Executable : "/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        if (shell is not null)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(shell);
            start.ArgumentList.Add(Executable);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "ITB_DB", "ITB_PROTOCOL", "ITB_AUTHOR", "ITB_CONFIG", "ITB_TIME_ZONE", "NO_COLOR", "CI", "DOTNET_ROOT" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOME"] = Folder;
        start.Environment["XDG_DATA_HOME"] = Path.Combine(Folder, "data");
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(Folder, "config");
        start.Environment["USER"] = "nurse";
        if (ownLog)
        {
            start.Environment["ITB_DB"] = Database;
        }
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"itb {string.Join(' ', args)} did not finish in a minute");
        }

        return new CliHarness.Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs and fails the test unless the exit code is 0.</summary>
    public CliHarness.Result Ok(params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == 0, $"itb {string.Join(' ', args)} exited {result.ExitCode}: {result.Error}");
        return result;
    }

    public void Dispose() => folder.Delete(recursive: true);
}
