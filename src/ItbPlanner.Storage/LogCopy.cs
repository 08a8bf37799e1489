using System.Security.Cryptography;
using System.Text;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage.Internal;

namespace ItbPlanner.Storage;

/// <summary>
/// Copies a whole log into an empty one, between any two stores (SQLite file to PostgreSQL server and back): the
/// source's chains are verified first, then every patient row, every event (sequence numbers, recording times, payload
/// text, hashes exactly as stored) and every checkpoint record goes into the target in one write transaction, all or
/// nothing; then the target is audited and its heads compared with the source's. Nothing is re-sealed, so the head hashes
/// (and signed checkpoints) of the copy are those of the original.
/// </summary>
public static class LogCopy
{
    /// <summary>Events per INSERT: one round trip to a server per 200 events (2,200 parameters, far below both stores' limits).</summary>
    private const int BatchSize = 200;

    /// <summary>Copies <paramref name="from"/> into <paramref name="to"/>.</summary>
    /// <returns>How much was copied, and the digest of every head (the same for source and target).</returns>
    /// <exception cref="InvalidInputException">The target is not empty, or the source's chains do not verify.</exception>
    /// <exception cref="StorageException">A store cannot be read or written, or the copy does not verify.</exception>
    public static LogCopyResult Copy(LogDatabase from, LogDatabase to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var source = new LogVerifier(from).Verify();
        if (source.FirstBreak is { } broken)
        {
            throw new InvalidInputException("from", $"{from.Path} does not verify ({broken.Message}); copy only an intact log (itb log verify).");
        }

        var patients = from.Read(c => Rows(c, "SELECT id, registered_at FROM patients ORDER BY id"));
        var checkpoints = from.Read(c => Rows(c, "SELECT taken_at, digest, key_id, patients, events FROM checkpoints ORDER BY id"));
        var events = to.Write([], connection =>
        {
            if (Convert.ToInt64(Sql.Scalar(connection, "SELECT (SELECT count(*) FROM patients) + (SELECT count(*) FROM events)"), System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                throw new InvalidInputException("to", $"{to.Path} already holds a log: itb log copy writes into an empty log only, never over or beside another.");
            }

            Insert(connection, "INSERT INTO patients (id, registered_at) VALUES (@p0, @p1)", patients);
            using var batch = EventRows.PrepareInsert(connection, BatchSize);
            using var single = EventRows.PrepareInsert(connection);
            var pending = new List<LogEvent>(BatchSize);
            long copied = 0;
            foreach (var patient in patients)
            {
                foreach (var e in new EventStore(from).Stream(new PatientId((string)patient[0]!)))
                {
                    pending.Add(e);
                    copied++;
                    if (pending.Count == BatchSize)
                    {
                        EventRows.Insert(batch, pending);
                        pending.Clear();
                    }
                }
            }

            foreach (var e in pending)
            {
                EventRows.Insert(single, e);
            }

            Insert(connection, "INSERT INTO checkpoints (taken_at, digest, key_id, patients, events) VALUES (@p0, @p1, @p2, @p3, @p4)", checkpoints);
            return copied;
        });

        var audit = new LogVerifier(to).Audit();
        var (fromHeads, toHeads) = (HeadsDigest(from), HeadsDigest(to));
        if (!audit.IsIntact || fromHeads != toHeads)
        {
            var why = audit.IsIntact ? "its heads differ from the source's" : audit.Problems[0].Message;
            throw new StorageException(to.Path, $"the copy in {to.Path} does not verify: {why}");
        }

        return new LogCopyResult(patients.Count, events, checkpoints.Count, toHeads);
    }

    /// <summary>SHA-256 over every patient's head (<c>patient seq hash</c>, one line each, in patient-id order): equal for two logs with the same chains.</summary>
    public static string HeadsDigest(LogDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var lines = database.Read(c => Rows(
            c,
            "SELECT e.patient_id, e.seq, e.hash FROM events e"
            + " JOIN (SELECT patient_id, max(seq) AS head FROM events GROUP BY patient_id) h ON h.patient_id = e.patient_id AND e.seq = h.head"));
        var text = new StringBuilder();
        foreach (var line in lines.Select(r => $"{r[0]} {r[1]} {r[2]}").Order(StringComparer.Ordinal))
        {
            text.Append(line).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static List<object?[]> Rows(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static void Insert(System.Data.Common.DbConnection connection, string sql, List<object?[]> rows)
    {
        foreach (var row in rows)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < row.Length; i++)
            {
                command.AddParameter("@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), row[i]);
            }

            command.ExecuteNonQuery();
        }
    }
}
