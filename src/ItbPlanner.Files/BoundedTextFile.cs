using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ItbPlanner.Files;

/// <summary>
/// Reads a small text file that a person wrote (a protocol file, the user's config.json) without trusting what the path
/// names: only a regular file of at most <see cref="MaximumBytes"/>, read once into memory. A FIFO or a device is never
/// opened: opening a FIFO waits for a writer, and <c>/dev/zero</c> or <c>/dev/urandom</c> never end. .NET 10 cannot ask a
/// path for its file type, but every such file reports a size of zero (its symbolic links are followed first), so a
/// file of size zero is refused unopened: an empty file holds nothing to read anyway. A file that grows past the limit
/// while it is read is refused too. Thread-safe (stateless).
/// </summary>
public static class BoundedTextFile
{
    /// <summary>The largest file read: 1 MB (1,048,576 bytes).</summary>
    public const int MaximumBytes = 1024 * 1024;

    private const string EmptyOrNotRegular = "the file is empty or is not a regular file (a pipe, or a device such as /dev/zero).";

    private const string TooLarge = "the file is larger than 1 MB.";

    /// <summary>Reads the file's text (UTF-8, or the encoding its byte-order mark names).</summary>
    /// <param name="path">The file.</param>
    /// <param name="text">The text when the file was read.</param>
    /// <param name="problem">Why it was not read; <see cref="BoundedTextFileProblem.None"/> when it was.</param>
    /// <param name="message">When it was not read, one lowercase line saying why, for a caller to use or reword.</param>
    /// <returns>True when the file was read.</returns>
    public static bool TryRead(string path, [NotNullWhen(true)] out string? text, out BoundedTextFileProblem problem, [NotNullWhen(false)] out string? message)
    {
        ArgumentNullException.ThrowIfNull(path);
        text = null;
        try
        {
            problem = Check(path, out message);
            if (problem == BoundedTextFileProblem.None)
            {
                text = ReadAtMostMaximum(path, out problem, out message);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            problem = BoundedTextFileProblem.Unreadable;
            message = $"the file cannot be read: {OneLine(e.Message)}";
        }

        return text is not null;
    }

    /// <summary>The file's problem before it is opened, from what the file system says about the path.</summary>
    private static BoundedTextFileProblem Check(string path, out string? message)
    {
        if (Directory.Exists(path))
        {
            message = "this is a folder, not a file.";
            return BoundedTextFileProblem.Folder;
        }

        var file = new FileInfo(path);
        if (file.Exists && file.LinkTarget is not null)
        {
            // A link's own length is that of the name it holds: the length that counts is its final target's.
            file = File.ResolveLinkTarget(path, returnFinalTarget: true) as FileInfo ?? file;
        }

        if (!file.Exists)
        {
            message = "the file does not exist.";
            return BoundedTextFileProblem.NotFound;
        }

        if (file.Length == 0)
        {
            message = EmptyOrNotRegular;
            return BoundedTextFileProblem.EmptyOrNotRegular;
        }

        if (file.Length > MaximumBytes)
        {
            message = TooLarge;
            return BoundedTextFileProblem.TooLarge;
        }

        message = null;
        return BoundedTextFileProblem.None;
    }

    private static string? ReadAtMostMaximum(string path, out BoundedTextFileProblem problem, out string? message)
    {
        // One byte more than the limit tells a file that grew past it since it was checked.
        var buffer = new byte[MaximumBytes + 1];
        var total = 0;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0))
        {
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }
        }

        (problem, message) = total switch
        {
            0 => (BoundedTextFileProblem.EmptyOrNotRegular, EmptyOrNotRegular),
            > MaximumBytes => (BoundedTextFileProblem.TooLarge, TooLarge),
            _ => (BoundedTextFileProblem.None, null),
        };
        if (problem != BoundedTextFileProblem.None)
        {
            return null;
        }

        using var reader = new StreamReader(new MemoryStream(buffer, 0, total), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
