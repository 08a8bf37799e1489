using System.Text;
using ItbPlanner.Domain.Errors;

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
    /// <param name="field">The field that named the file (the command line's option, or the form's field), for the error.</param>
    /// <exception cref="InvalidInputException">The file cannot be written; the message says why.</exception>
    public static void Write(string path, string text, string field = "--out")
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
            throw new InvalidInputException(field, $"cannot write {path}: {e.Message}");
        }
    }
}
