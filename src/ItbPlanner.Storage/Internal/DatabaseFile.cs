namespace ItbPlanner.Storage.Internal;

/// <summary>
/// Checks the database file before SQLite touches it, and creates a new one whole. A new log is built in a temporary
/// file beside it (owner-only, 0600; its directory 0700 when created) and linked into place only once its schema is
/// written, so a log file never exists half-made: an empty (0-byte) file at the path is therefore never a log in
/// progress, and is refused rather than initialised. An existing file readable by others is tightened to 0600 with a
/// warning. On Windows the user profile's ACLs apply instead. SQLite gives its -wal and -shm files the database file's
/// permissions. Nothing is created anywhere but the path given and its temporary sibling.
/// </summary>
internal static class DatabaseFile
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode Looser = ~FileMode & (UnixFileMode)0b111_111_111;

    /// <summary>
    /// Checks the path (creating, if allowed, a missing directory); returns the full path, whether the file exists, and
    /// warnings for the user (permissions tightened).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="createDirectory">Whether a missing directory may be created.</param>
    /// <param name="mustExist">Whether a missing file is an error rather than a new log (reading commands).</param>
    /// <exception cref="StorageException">The directory is missing or not writable, the path is a directory, the file
    /// is missing where it must exist, or it is empty (0 bytes).</exception>
    public static (string FullPath, bool Exists, IReadOnlyList<string> Warnings) Prepare(string path, bool createDirectory, bool mustExist = false)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StorageException(full, $"Cannot use {full} as the log: it is a directory; give a file path such as {Path.Combine(full, DatabasePath.FileName)}.");
        }

        if (mustExist && !File.Exists(full))
        {
            throw new StorageException(full, $"no log at {full}: nothing has been recorded there yet (check the path, or register a patient first).");
        }

        var directory = Path.GetDirectoryName(full) ?? throw new StorageException(full, $"Cannot use {full} as the log: it has no directory.");
        if (!Directory.Exists(directory))
        {
            if (!createDirectory)
            {
                throw new StorageException(full, $"Cannot open the log at {full}: the directory {directory} does not exist; create it or choose another --db path.");
            }

            CreateDirectory(full, directory);
        }

        if (!File.Exists(full))
        {
            return (full, false, []);
        }

        if (new FileInfo(full).Length == 0)
        {
            throw new StorageException(
                full,
                $"{full} is an empty file (0 bytes), not an ItbPlanner log: itb never leaves one, so it is not initialised; check the --db path, or delete the file to start a new log there.");
        }

        return (full, true, Tighten(full));
    }

    /// <summary>
    /// Creates the log at <paramref name="full"/>: <paramref name="initialise"/> writes the schema into a temporary file
    /// beside it, which is then linked into place (never over an existing file). When another process created the log
    /// meanwhile, theirs is kept and the temporary file removed.
    /// </summary>
    /// <exception cref="StorageException">The directory is not writable, or the file cannot be created.</exception>
    public static void CreateWhole(string full, Action<string> initialise)
    {
        var directory = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.new");
        CreateFile(temporary, full, directory);
        try
        {
            initialise(temporary);
            try
            {
                File.Move(temporary, full, overwrite: false);
            }
            catch (IOException) when (File.Exists(full))
            {
                // Another process created the log first, whole: use theirs.
            }
        }
        finally
        {
            foreach (var leftover in new[] { temporary, temporary + "-wal", temporary + "-shm", temporary + "-journal" })
            {
                File.Delete(leftover);
            }
        }
    }

    /// <summary>Takes group and other permissions off the file and its journal files; one warning per file changed.</summary>
    private static List<string> Tighten(string full)
    {
        var warnings = new List<string>();
        if (OperatingSystem.IsWindows())
        {
            return warnings;
        }

        foreach (var file in new[] { full, full + "-wal", full + "-shm" })
        {
            try
            {
                if (!File.Exists(file))
                {
                    continue;
                }

                var mode = File.GetUnixFileMode(file);
                if ((mode & Looser) != 0)
                {
                    File.SetUnixFileMode(file, mode & FileMode);
                    warnings.Add($"{file} was readable or writable by others (mode {Octal(mode)}); its permissions are now {Octal(mode & FileMode)} (owner only).");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add($"{file} is readable or writable by others and its permissions cannot be tightened ({e.Message}); make it owner-only (chmod 600).");
            }
        }

        return warnings;
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0b111_111_111, 8).PadLeft(4, '0');

    private static void CreateDirectory(string full, string directory)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                // The mode given to CreateDirectory applies to the last directory only: create each missing one in turn.
                var missing = new Stack<string>();
                for (var d = directory; d is not null && !Directory.Exists(d); d = Path.GetDirectoryName(d))
                {
                    missing.Push(d);
                }

                while (missing.TryPop(out var d))
                {
                    Directory.CreateDirectory(d, DirectoryMode);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException(full, $"Cannot create the log's directory {directory}: {e.Message}", e);
        }
    }

    private static void CreateFile(string file, string full, string directory)
    {
        try
        {
            var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.ReadWrite };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = FileMode;
            }

            using (new FileStream(file, options))
            {
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, FileMode); // whatever the umask
            }
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StorageException(full, $"Cannot create the log at {full}: the directory {directory} is not writable.", e);
        }
        catch (IOException e)
        {
            throw new StorageException(full, $"Cannot create the log at {full}: {e.Message}", e);
        }
    }
}
