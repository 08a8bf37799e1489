namespace ItbPlanner.Files;

/// <summary>Why <see cref="BoundedTextFile"/> did not read a file. Values are frozen.</summary>
public enum BoundedTextFileProblem
{
    /// <summary>The file was read.</summary>
    None = 0,

    /// <summary>Nothing exists at the path (or a symbolic link points nowhere).</summary>
    NotFound = 1,

    /// <summary>The path is a folder.</summary>
    Folder = 2,

    /// <summary>
    /// The file reports a size of zero: it is empty, or it is not a regular file (a FIFO, a socket, a device such as
    /// <c>/dev/zero</c>, a kernel file such as <c>/proc/self/mem</c>). Such a file is never opened.
    /// </summary>
    EmptyOrNotRegular = 3,

    /// <summary>The file is larger than <see cref="BoundedTextFile.MaximumBytes"/>.</summary>
    TooLarge = 4,

    /// <summary>Opening or reading the file failed (permissions, a lock, an I/O error).</summary>
    Unreadable = 5,
}
