using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Storage.Internal;

/// <summary>How a <see cref="LogEvent"/> maps to a row of the <c>events</c> table, in both directions.</summary>
internal static class EventRows
{
    public const string Columns = "patient_id, seq, occurred_at, recorded_at, author, kind, payload, reason, corrects_seq, prev_hash, hash";

    private const int ColumnCount = 11;

    /// <summary>
    /// A reusable INSERT of <paramref name="rows"/> events at once (one round trip to a server for many events: a copy
    /// of a whole log), its parameters bound per call of <see cref="Insert(DbCommand, IReadOnlyList{LogEvent})"/>.
    /// </summary>
    public static DbCommand PrepareInsert(DbConnection connection, int rows = 1)
    {
        var command = connection.CreateCommand();
        var values = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Enumerable.Range(r * ColumnCount, ColumnCount).Select(Name)) + ")");
        command.CommandText = $"INSERT INTO events ({Columns}) VALUES {string.Join(", ", values)}";
        for (var i = 0; i < rows * ColumnCount; i++)
        {
            command.AddParameter(Name(i), null);
        }

        return command;
    }

    /// <summary>Inserts one event with a command of <see cref="PrepareInsert"/> for one row.</summary>
    public static void Insert(DbCommand insert, LogEvent e) => Insert(insert, [e]);

    /// <summary>Inserts as many events as the command was prepared for.</summary>
    public static void Insert(DbCommand insert, IReadOnlyList<LogEvent> events)
    {
        var p = insert.Parameters;
        for (var r = 0; r < events.Count; r++)
        {
            var e = events[r];
            var at = r * ColumnCount;
            p[at].Value = e.PatientId.Value;
            p[at + 1].Value = e.Seq;
            p[at + 2].Value = LogTimestamp.Format(e.OccurredAt);
            p[at + 3].Value = LogTimestamp.Format(e.RecordedAt);
            p[at + 4].Value = e.Author;
            p[at + 5].Value = LogCodes.Code(e.Kind);
            p[at + 6].Value = e.PayloadJson;
            p[at + 7].Value = (object?)e.Reason ?? DBNull.Value;
            p[at + 8].Value = (object?)e.CorrectsSeq ?? DBNull.Value;
            p[at + 9].Value = e.PrevHash;
            p[at + 10].Value = e.Hash;
        }

        insert.ExecuteNonQuery();
    }

    private static string Name(int i) => "@v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The sequence number and hash of a patient's newest event, or null when they have none.</summary>
    public static (long Seq, string Hash)? Head(DbConnection connection, PatientId patient)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, hash FROM events WHERE patient_id = @patient ORDER BY seq DESC LIMIT 1";
        command.AddParameter("@patient", patient.Value);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    /// <summary>Reads a row selected with <see cref="Columns"/> in order.</summary>
    /// <exception cref="StorageException">The row does not hold a readable event (it was damaged or edited).</exception>
    public static LogEvent Read(DbDataReader reader, string path) =>
        TryRead(reader, out var e, out var problem)
            ? e
            : throw new StorageException(path, $"{path}: {problem}; run 'itb log verify'.");

    /// <summary>Reads a row, or says why it cannot be read.</summary>
    public static bool TryRead(DbDataReader reader, [NotNullWhen(true)] out LogEvent? logEvent, out string problem)
    {
        logEvent = null;
        var patientText = reader.IsDBNull(0) ? null : reader.GetValue(0) as string;
        var seq = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
        var where = $"patient {patientText} event {seq}";
        if (!PatientId.IsValid(patientText))
        {
            problem = $"{where} has an invalid patient id";
            return false;
        }

        var kindText = reader.GetValue(5) as string;
        if (!LogCodes.TryParse<EventKind>(kindText, out var kind))
        {
            problem = $"{where} has an unknown kind '{kindText}'";
            return false;
        }

        if (!LogTimestamp.TryParse(reader.GetValue(2) as string, out var occurred) || !LogTimestamp.TryParse(reader.GetValue(3) as string, out var recorded))
        {
            problem = $"{where} has a damaged timestamp";
            return false;
        }

        logEvent = new LogEvent(
            new PatientId(patientText!),
            seq,
            occurred,
            recorded,
            Text(reader, 4),
            kind,
            Text(reader, 6),
            reader.IsDBNull(7) ? null : Text(reader, 7),
            reader.IsDBNull(8) ? null : reader.GetInt64(8),
            Text(reader, 9),
            Text(reader, 10));
        problem = string.Empty;
        return true;
    }

    private static string Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? string.Empty : reader.GetString(ordinal);
}
