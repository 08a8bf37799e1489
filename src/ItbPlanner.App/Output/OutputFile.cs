using System.Text;
using ItbPlanner.Domain.Errors;

namespace ItbPlanner.App.Output;

/// <summary>
/// Writes an export, report, chart or calendar given with <c>--out FILE</c> (or <c>--ical FILE</c>). Patient data leaves
/// the log here, so the file is always owner-only (0600), like the log itself, and it is written whole or not at all:
/// the text goes to a temporary file in the target's folder, is flushed to disk, and is then renamed over the target.
/// A failed write (a full disk) leaves any previous file untouched. A symbolic link as the target is refused: following
/// it would overwrite whatever it points at.
/// </summary>
internal static class OutputFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly string[] SystemFolders = ["/dev/", "/proc/", "/sys/", "/etc/", "/boot/", "/bin/", "/sbin/", "/lib/", "/lib64/", "/usr/"];

    /// <summary>Writes UTF-8 text (no byte-order mark).</summary>
    /// <param name="path">The file.</param>
    /// <param name="text">Its content.</param>
    /// <param name="field">The field that named the file (the command line's option, or the form's field), for the error.</param>
    /// <exception cref="InvalidInputException">The file cannot be written; the message says why.</exception>
    public static void Write(string path, string text, string field = "--out")
    {
        ArgumentNullException.ThrowIfNull(text);
        var full = Target(path, field);
        var directory = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly;
            }

            using (var stream = new FileStream(temporary, options))
            {
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, OwnerOnly); // whatever the umask
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new InvalidInputException(field, $"cannot write {full}: {OneLine(e.Message)}; nothing was changed.");
        }
    }

    private static string Target(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidInputException(option, "give a file name.");
        }

        if (path == "-")
        {
            throw new InvalidInputException(option, "'-' is not a file name here (this command does not write to standard output); give a file name.");
        }

        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            throw new InvalidInputException(option, $"cannot write {full}: it is a symbolic link; refusing to write through it (give the real file's path).");
        }

        if (Directory.Exists(full))
        {
            throw new InvalidInputException(option, $"cannot write {full}: it is a directory; give a file name.");
        }

        // Renaming over a device (/dev/null, /dev/zero) would replace it with a regular file for the whole machine; .NET
        // cannot tell a device from an empty file, so the system's device and kernel folders are refused outright. So are
        // its configuration and program folders: run as root, a report written to /etc/passwd replaced the machine's
        // users (the malformed-input sweep's ../../../etc/passwd did exactly that on a build machine).
        if (SystemFolders.Any(folder => full.StartsWith(folder, StringComparison.Ordinal)))
        {
            throw new InvalidInputException(option, $"cannot write {full}: it is a system device, kernel, configuration or program file, not a place for patient data; give a file name.");
        }

        if (!Directory.Exists(Path.GetDirectoryName(full)))
        {
            throw new InvalidInputException(option, $"cannot write {full}: its folder does not exist.");
        }

        return full;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary file holds nothing the target did not.
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
}
