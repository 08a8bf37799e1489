using System.Diagnostics;
using System.Runtime.Versioning;

namespace ItbPlanner.Testing;

/// <summary>
/// Makes a directory read-only for the test process. Mode 0555 is enough for an ordinary user; root ignores modes, so
/// when the process can still create a file there the directory is also made immutable (chattr +i), which binds root too.
/// </summary>
[SupportedOSPlatform("linux")]
public static class ReadOnlyDirectory
{
    public static void Make(string path)
    {
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (CanCreateFileIn(path))
        {
            Chattr("+i", path);
            if (CanCreateFileIn(path))
            {
                throw new InvalidOperationException($"Could not make {path} read-only for this process.");
            }
        }
    }

    public static void Restore(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        if (!CanCreateFileIn(path) && Environment.UserName == "root")
        {
            Chattr("-i", path);
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static bool CanCreateFileIn(string path)
    {
        var probe = Path.Combine(path, ".probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    private static void Chattr(string flag, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("chattr did not start");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {flag} {path} failed: {error}");
        }
    }
}
