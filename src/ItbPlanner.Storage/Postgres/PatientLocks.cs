using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Storage.Postgres;

/// <summary>
/// The transaction advisory locks that serialise appends per patient: <c>pg_advisory_xact_lock(class, key)</c> with the
/// class "ITBP" (so no other application's locks collide with ours) and the key the first four bytes of the SHA-256 of
/// the patient id (the same in every process and on every machine). Two patients sharing a key only wait for each other.
/// Keys are taken in ascending order, so two batches touching the same patients never deadlock.
/// </summary>
internal static class PatientLocks
{
    /// <summary>The lock class: "ITBP" as a 32-bit number, as the SQLite file's application id.</summary>
    public const int Class = 0x49544250;

    /// <summary>The distinct keys of the patients, in the order to take them.</summary>
    public static IReadOnlyList<int> Keys(IEnumerable<PatientId> patients) =>
        [.. patients.Select(p => Key(p.Value)).Distinct().Order()];

    private static int Key(string id) => BinaryPrimitives.ReadInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
