using System.Text;
using ItbPlanner.App.Cli;

namespace ItbPlanner.App.Output;

/// <summary>
/// Writes an export or report given with <c>--out FILE</c>. Patient data leaves the log here, so a new file is created
/// owner-only (0600) like the log itself; an existing file is replaced in place and keeps its permissions.
/// </summary>
internal static class OutputFile
{
    /// <summary>Writes UTF-8 text (no byte-order mark).</summary>
    /// <param name="path">The file.</param>
    /// <param name="text">Its content.</param>
    /// <param name="option">The option that named the file, for the error message.</param>
    /// <exception cref="UserInputException">The file cannot be written; the message says why.</exception>
    public static void Write(string path, string text, string option = "--out")
    {
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows() && !File.Exists(path))
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{option}: cannot write {path}: {e.Message}");
        }
    }

    /// <summary>
    /// Replaces a file whole (written beside it, then renamed over it), so a reader never sees half of it and a failure
    /// leaves the old one; a new file is created owner-only (0600).
    /// </summary>
    /// <exception cref="UserInputException">The file cannot be written; the message says why.</exception>
    public static void Replace(string path, string text, string option = "--out")
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.new");
        try
        {
            Write(temporary, text, option);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{option}: cannot write {path}: {e.Message}");
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
