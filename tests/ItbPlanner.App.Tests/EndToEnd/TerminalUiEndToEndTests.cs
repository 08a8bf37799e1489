using System.Diagnostics;
using ItbPlanner.Testing;

namespace ItbPlanner.App.Tests.EndToEnd;

/// <summary>
/// Runs tests/e2e/tui.sh, which drives the built <c>itb</c> in a real terminal (tmux), so that <c>dotnet test</c> runs
/// it too. The executable is the one built next to this test assembly. A missing tmux fails the test (.ci/run installs it).
/// </summary>
public class TerminalUiEndToEndTests
{
    [Fact]
    public async Task The_terminal_ui_passes_its_end_to_end_script_in_a_real_terminal()
    {
        var script = RepositoryPaths.Combine("tests", "e2e", "tui.sh");
        var itb = Path.Combine(AppContext.BaseDirectory, "itb");
        Assert.True(File.Exists(itb), $"the itb executable is not next to the tests: {itb}");

        var start = new ProcessStartInfo("bash", [script, itb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.Environment.Remove("ITB_E2E_SAVE_SCREENS");
        using var process = Process.Start(start)!;
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var finished = true;
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            finished = false;
            process.Kill(entireProcessTree: true);
        }

        var output = finished ? await stdout : "(no output: killed)";
        Assert.True(finished && process.ExitCode == 0, $"tests/e2e/tui.sh {(finished ? $"exited {process.ExitCode}" : "did not finish in 3 minutes")}:\n{output}\n{(finished ? await stderr : string.Empty)}");
        Assert.EndsWith("passed, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
    }
}
