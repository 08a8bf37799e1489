using System.Data.Common;
using System.Globalization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage.Checkpoints;
using ItbPlanner.Storage.Internal;

namespace ItbPlanner.Storage;

/// <summary>
/// Checks the log. <see cref="Verify"/> recomputes every hash of one patient's chain, or of every patient's, and reports
/// the first broken event; the checking itself is the domain's (<see cref="HashChain"/>): this class only streams the
/// stored rows to it, so a million events are verified without holding them in memory. Rows that cannot even be read,
/// and patients without any event, are reported as breaks too. <see cref="Audit"/> is what <c>itb log verify</c> runs:
/// SQLite's integrity check of the file first, then the file's application id and schema (the append-only triggers
/// among it), the patients table against the chain both ways, the chain, and a signed checkpoint when one is given.
/// </summary>
/// <param name="database">The open log.</param>
public sealed class LogVerifier(LogDatabase database)
{
    private readonly LogDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Verifies one patient's chain, or every patient's when <paramref name="patient"/> is null.</summary>
    /// <exception cref="InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="StorageException">The database cannot be read.</exception>
    public ChainVerification Verify(PatientId? patient = null) => database.Read(connection =>
    {
        CheckRegistered(patient);
        if (patient is null && FirstPatientWithoutEvents(connection) is { } empty)
        {
            return new ChainVerification(0, 0, new ChainBreak(empty, 1, ChainProblem.MissingRegistration, $"patient {empty}: registered, but their log has no events at all."));
        }

        return VerifyChain(connection, patient);
    });

    /// <summary>
    /// Checks everything that can be checked, in order: the file's integrity (when damaged, nothing else is read), its
    /// application id and schema objects, the patients table against the chain, every chain (or one patient's), and the
    /// checkpoint when given with its public key.
    /// </summary>
    /// <exception cref="InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="StorageException">The database cannot be read.</exception>
    public LogAudit Audit(PatientId? patient = null, LogCheckpoint? checkpoint = null, CheckpointPublicKey? publicKey = null) => database.Read(connection =>
    {
        if (database.Damage(connection) is { } damage)
        {
            return new LogAudit(null, [damage], checkpoint);
        }

        CheckRegistered(patient);
        var problems = new List<LogProblem>();
        problems.AddRange(database.Schema(connection));
        problems.AddRange(PatientRows(connection, patient));
        var chain = VerifyChain(connection, patient);
        if (chain.FirstBreak is { } broken)
        {
            problems.Add(new LogProblem(Code(broken.Problem), broken.Message, broken.PatientId, broken.Seq));
        }

        if (checkpoint is not null)
        {
            problems.AddRange(new LogCheckpoints(database).Check(checkpoint, publicKey ?? throw new ArgumentNullException(nameof(publicKey)), patient));
        }

        return new LogAudit(chain, problems, checkpoint);
    });

    /// <summary>The stable code of a chain problem, as <see cref="LogProblem.Code"/> and the JSON output spell it.</summary>
    public static string Code(ChainProblem problem) => problem switch
    {
        ChainProblem.HashMismatch => "hash-mismatch",
        ChainProblem.PrevHashMismatch => "prev-hash-mismatch",
        ChainProblem.SequenceGap => "sequence-gap",
        ChainProblem.MissingRegistration => "missing-registration",
        ChainProblem.Unreadable => "unreadable",
        _ => problem.ToString(),
    };

    private void CheckRegistered(PatientId? patient)
    {
        if (patient is { } one && !new PatientStore(database).Exists(one))
        {
            throw new InvalidInputException("patient", $"No patient '{one}' in {database.Path}; 'itb patient list' shows who is registered.");
        }
    }

    private static ChainVerification VerifyChain(DbConnection connection, PatientId? patient)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventRows.Columns} FROM events" + (patient is null ? string.Empty : " WHERE patient_id = @patient") + " ORDER BY patient_id, seq";
        if (patient is { } id)
        {
            command.AddParameter("@patient", id.Value);
        }

        using var reader = command.ExecuteReader();
        ChainBreak? unreadable = null;
        var result = HashChain.Verify(Rows());
        return result.IsIntact && unreadable is not null ? result with { FirstBreak = unreadable } : result;

        IEnumerable<LogEvent> Rows()
        {
            while (reader.Read())
            {
                if (!EventRows.TryRead(reader, out var logEvent, out var problem))
                {
                    var id = reader.GetValue(0) as string;
                    unreadable = new ChainBreak(
                        PatientId.IsValid(id) ? new PatientId(id!) : patient ?? default,
                        reader.IsDBNull(1) ? 0 : reader.GetInt64(1),
                        ChainProblem.Unreadable,
                        $"{problem}: the row was edited or damaged.");
                    yield break;
                }

                yield return logEvent;
            }
        }
    }

    private static List<LogProblem> PatientRows(DbConnection connection, PatientId? patient)
    {
        var only = patient is null ? string.Empty : " AND p.id = @patient";
        var problems = new List<LogProblem>();
        Query(
            "SELECT p.id, NULL, NULL FROM patients p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.patient_id = p.id)" + only,
            (id, _, _) => new LogProblem("patient-row-orphaned", $"patient {id} is in the patients table but has no events at all: their log was deleted, or the row added.", id));
        Query(
            "SELECT e.patient_id, count(*), NULL FROM events e WHERE NOT EXISTS (SELECT 1 FROM patients p WHERE p.id = e.patient_id)"
                + (patient is null ? string.Empty : " AND e.patient_id = @patient") + " GROUP BY e.patient_id",
            (id, count, _) => new LogProblem("patient-row-missing", $"patient {id} has {count} event(s) but no row in the patients table: the row was deleted.", id));
        Query(
            "SELECT p.id, p.registered_at, e.recorded_at FROM patients p JOIN events e ON e.patient_id = p.id AND e.seq = 1"
                + " WHERE p.registered_at IS DISTINCT FROM e.recorded_at" + only,
            (id, row, recorded) => new LogProblem(
                "registration-changed",
                $"patient {id}'s registration time in the patients table ({row}) is not that of their registration event ({recorded}): the row was edited.",
                id,
                1));
        return problems;

        void Query(string sql, Func<PatientId?, string?, string?, LogProblem> problem)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql + " ORDER BY 1";
            if (patient is { } id)
            {
                command.AddParameter("@patient", id.Value);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var text = reader.GetValue(0) as string;
                problems.Add(problem(PatientId.IsValid(text) ? new PatientId(text!) : null, Text(reader, 1), Text(reader, 2)));
            }
        }
    }

    private static string? Text(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static PatientId? FirstPatientWithoutEvents(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM patients p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.patient_id = p.id) ORDER BY id LIMIT 1";
        return command.ExecuteScalar() is string id && PatientId.IsValid(id) ? new PatientId(id) : null;
    }
}
