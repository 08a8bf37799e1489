using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace ItbPlanner.Storage.Checkpoints;

/// <summary>
/// The public half of a checkpoint key: checks checkpoint signatures. Stored as PEM (<c>-----BEGIN PUBLIC KEY-----</c>,
/// an X.509 SubjectPublicKeyInfo of an Ed25519 key, RFC 8410), which <c>openssl pkey -pubin</c> also reads.
/// </summary>
public sealed class CheckpointPublicKey
{
    private readonly PublicKey key;

    private CheckpointPublicKey(PublicKey key)
    {
        this.key = key;
        KeyId = IdOf(key);
    }

    /// <summary>The first 16 hex digits of SHA-256 over the raw 32-byte public key: names the key in a checkpoint.</summary>
    public string KeyId { get; }

    /// <summary>The key as PEM text.</summary>
    public string Pem => Encoding.UTF8.GetString(key.Export(KeyBlobFormat.PkixPublicKeyText));

    /// <summary>Reads a public key file.</summary>
    /// <exception cref="CheckpointException">The file is missing, unreadable or not an Ed25519 public key in PEM.</exception>
    public static CheckpointPublicKey Load(string path)
    {
        var text = KeyFiles.Read(path, "public key");
        if (!PublicKey.TryImport(SignatureAlgorithm.Ed25519, Encoding.UTF8.GetBytes(text), KeyBlobFormat.PkixPublicKeyText, out var key) || key is null)
        {
            throw new CheckpointException(path, $"{path} is not an Ed25519 public key in PEM (-----BEGIN PUBLIC KEY-----); give the .pub file 'itb log keygen' wrote.");
        }

        return new CheckpointPublicKey(key);
    }

    /// <summary>Whether a signature over some bytes was made with the matching private key.</summary>
    public bool Verifies(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        signature.Length == SignatureAlgorithm.Ed25519.SignatureSize && SignatureAlgorithm.Ed25519.Verify(key, data, signature);

    internal static CheckpointPublicKey From(PublicKey key) => new(key);

    private static string IdOf(PublicKey key) =>
        Convert.ToHexStringLower(SHA256.HashData(key.Export(KeyBlobFormat.RawPublicKey)))[..16];
}
