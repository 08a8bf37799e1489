using System.Text;
using NSec.Cryptography;

namespace ItbPlanner.Storage.Checkpoints;

/// <summary>
/// The private half of a checkpoint key: signs checkpoints (Ed25519, by libsodium through NSec; no cryptography is
/// written here). Stored as PEM (<c>-----BEGIN PRIVATE KEY-----</c>, PKCS#8, RFC 8410) in a file only its owner can
/// read; never in the log database. Dispose to clear the key from memory.
/// </summary>
public sealed class CheckpointSigningKey : IDisposable
{
    private readonly Key key;

    private CheckpointSigningKey(Key key)
    {
        this.key = key;
        PublicKey = CheckpointPublicKey.From(key.PublicKey);
    }

    /// <summary>The matching public key.</summary>
    public CheckpointPublicKey PublicKey { get; }

    /// <summary>A new random key pair.</summary>
    public static CheckpointSigningKey Generate() =>
        new(Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }));

    /// <summary>Reads a private key file.</summary>
    /// <exception cref="CheckpointException">The file is missing, unreadable or not an Ed25519 private key in PEM.</exception>
    public static CheckpointSigningKey Load(string path)
    {
        var text = KeyFiles.Read(path, "private key");
        if (!Key.TryImport(SignatureAlgorithm.Ed25519, Encoding.UTF8.GetBytes(text), KeyBlobFormat.PkixPrivateKeyText, out var key, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }) || key is null)
        {
            throw new CheckpointException(path, $"{path} is not an Ed25519 private key in PEM (-----BEGIN PRIVATE KEY-----); give the .key file 'itb log keygen' wrote.");
        }

        return new CheckpointSigningKey(key);
    }

    /// <summary>The key as PEM text, for its file.</summary>
    public string Pem => Encoding.UTF8.GetString(key.Export(KeyBlobFormat.PkixPrivateKeyText));

    /// <summary>The Ed25519 signature of some bytes.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => SignatureAlgorithm.Ed25519.Sign(key, data);

    /// <inheritdoc/>
    public void Dispose() => key.Dispose();
}
