using ItbPlanner.Files;
namespace ItbPlanner.Storage.Checkpoints;

/// <summary>
/// Reads and writes checkpoint key files: <c>itb-checkpoint.key</c> (owner-only, 0600) and <c>itb-checkpoint.pub</c>.
/// A key file is never overwritten: a lost private key only means a new key pair, an overwritten one means checkpoints
/// nobody can verify.
/// </summary>
public static class KeyFiles
{
    /// <summary>The private key's file name.</summary>
    public const string PrivateName = "itb-checkpoint.key";

    /// <summary>The public key's file name.</summary>
    public const string PublicName = "itb-checkpoint.pub";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode Readable = OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>Writes a new key pair into a directory (created owner-only when missing); returns the two paths.</summary>
    /// <exception cref="CheckpointException">Either file exists already, or the directory cannot be written.</exception>
    public static (string PrivateKey, string PublicKey) WritePair(string directory, CheckpointSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var full = Path.GetFullPath(directory);
        var privatePath = Path.Combine(full, PrivateName);
        var publicPath = Path.Combine(full, PublicName);
        foreach (var existing in new[] { privatePath, publicPath }.Where(File.Exists))
        {
            throw new CheckpointException(existing, $"{existing} exists already: itb never overwrites a checkpoint key (checkpoints signed with it could no longer be checked); choose another --out directory.");
        }

        try
        {
            if (!Directory.Exists(full))
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(full);
                }
                else
                {
                    Directory.CreateDirectory(full, OwnerOnly | UnixFileMode.UserExecute);
                }
            }

            Write(privatePath, key.Pem, OwnerOnly);
            Write(publicPath, key.PublicKey.Pem, Readable);
            return (privatePath, publicPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CheckpointException(full, $"Cannot write the checkpoint key into {full}: {e.Message}", e);
        }
    }

    /// <summary>Reads a key file's text.</summary>
    /// <exception cref="CheckpointException">The file is missing or unreadable.</exception>
    internal static string Read(string path, string what)
    {
        return BoundedTextFile.TryRead(path, out var text, out var problem, out var message)
            ? text
            : throw new CheckpointException(path, $"Cannot read the checkpoint {what} {path}: {(problem == BoundedTextFileProblem.NotFound ? "no such file" : message)}.");
    }

    private static void Write(string path, string text, UnixFileMode mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode); // whatever the umask
        }
    }
}
