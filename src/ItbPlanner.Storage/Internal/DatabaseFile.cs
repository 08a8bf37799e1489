namespace ItbPlanner.Storage.Internal;

/// <summary>
/// Makes sure the database file exists with owner-only permissions (0600, its directory 0700 when created) before SQLite
/// touches it (on Windows the user profile's ACLs apply instead), so the log is never readable by others even for an instant. SQLite gives its -wal and -shm files the
/// database file's permissions. Nothing is created anywhere but the path given.
/// </summary>
internal static class DatabaseFile
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Returns the full path, having created the file (and, if allowed, its directory) when missing.</summary>
    /// <param name="path">The file.</param>
    /// <param name="createDirectory">Whether a missing directory may be created.</param>
    /// <param name="mustExist">Whether a missing file is an error rather than a new log (reading commands).</param>
    /// <exception cref="StorageException">The directory is missing or not writable, the path is a directory, or the file
    /// is missing where it must exist.</exception>
    public static string Prepare(string path, bool createDirectory, bool mustExist = false)
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
            CreateFile(full, directory);
        }

        return full;
    }

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

    private static void CreateFile(string full, string directory)
    {
        try
        {
            var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.ReadWrite };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = FileMode;
            }

            using (new FileStream(full, options))
            {
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(full, FileMode); // whatever the umask
            }
        }
        catch (IOException) when (File.Exists(full))
        {
            // Another process created it first: fine, it did so with the same permissions.
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
