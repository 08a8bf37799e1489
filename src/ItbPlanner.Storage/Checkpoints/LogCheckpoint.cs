using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Storage.Checkpoints;

/// <summary>
/// A signed statement of every patient's chain head at a moment: the anchor that makes rewriting, truncating, rolling
/// back or replacing the log detectable (a chain alone can be recomputed by anyone who can write the file). The
/// signature is Ed25519 over <see cref="CanonicalBytes"/>, made with a private key the log never holds; the file is
/// JSON (<see cref="CheckpointFile"/>). The log's identity is its application id and its patients' chains, not its
/// path: a checkpoint matches any copy of the log that still holds every head.
/// </summary>
/// <param name="CreatedAt">When it was taken (UTC).</param>
/// <param name="ApplicationId">The log file's SQLite application id when taken (<c>0x49544250</c>, "ITBP").</param>
/// <param name="Heads">Every patient's head, ordered by patient id (ordinal).</param>
/// <param name="KeyId">The signing key's id (<see cref="CheckpointPublicKey.KeyId"/>).</param>
/// <param name="Signature">The Ed25519 signature of <see cref="CanonicalBytes"/>, base64.</param>
public sealed record LogCheckpoint(DateTimeOffset CreatedAt, long ApplicationId, IReadOnlyList<CheckpointHead> Heads, string KeyId, string Signature)
{
    /// <summary>The format's name and version, first in the file and in the canonical bytes.</summary>
    public const string Format = "itb-log-checkpoint/1";

    /// <summary>How many events the heads cover (the sum of their sequence numbers).</summary>
    public long Events => Heads.Sum(h => h.Seq);

    /// <summary>SHA-256 of <see cref="CanonicalBytes"/>, lowercase hex: one value standing for every head.</summary>
    public string Digest => Convert.ToHexStringLower(SHA256.HashData(CanonicalBytes()));

    /// <summary>
    /// The bytes signed, UTF-8 text in the form of the event hash (<see cref="EventHash"/>): the line
    /// <c>itb-log-checkpoint/1</c>, then <c>createdAt</c>, <c>applicationId</c> and <c>heads</c> (their count), then
    /// <c>patient</c>, <c>seq</c> and <c>hash</c> for each head in patient-id order, each line <c>name=</c>, the value's
    /// length in UTF-8 bytes, <c>:</c>, the value and a line feed.
    /// </summary>
    public byte[] CanonicalBytes()
    {
        var text = new StringBuilder(128 + (Heads.Count * 128));
        text.Append(Format).Append('\n');
        Field(text, "createdAt", LogTimestamp.Format(CreatedAt));
        Field(text, "applicationId", ApplicationId.ToString(CultureInfo.InvariantCulture));
        Field(text, "heads", Heads.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var head in Ordered(Heads))
        {
            Field(text, "patient", head.PatientId.Value);
            Field(text, "seq", head.Seq.ToString(CultureInfo.InvariantCulture));
            Field(text, "hash", head.Hash);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Heads in the order the canonical form lists them.</summary>
    public static IReadOnlyList<CheckpointHead> Ordered(IEnumerable<CheckpointHead> heads) =>
        [.. heads.OrderBy(h => h.PatientId.Value, StringComparer.Ordinal)];

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append(name).Append('=').Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
}
