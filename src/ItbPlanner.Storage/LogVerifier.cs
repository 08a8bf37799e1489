using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace ItbPlanner.Storage;

/// <summary>
/// Recomputes every hash of one patient's log, or of every patient's, and reports the first broken event. The checking
/// itself is the domain's (<see cref="HashChain"/>): this class only streams the stored rows to it, so a million events
/// are verified without holding them in memory. Rows that cannot even be read, and patients without any event, are
/// reported as breaks too.
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
        if (patient is { } one && !new PatientStore(database).Exists(one))
        {
            throw new InvalidInputException("patient", $"No patient '{one}' in {database.Path}; 'itb patient list' shows who is registered.");
        }

        if (patient is null && FirstPatientWithoutEvents(connection) is { } empty)
        {
            return new ChainVerification(0, 0, new ChainBreak(empty, 1, ChainProblem.MissingRegistration, $"patient {empty}: registered, but their log has no events at all."));
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventRows.Columns} FROM events" + (patient is null ? string.Empty : " WHERE patient_id = $patient") + " ORDER BY patient_id, seq";
        if (patient is { } id)
        {
            command.Parameters.AddWithValue("$patient", id.Value);
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
    });

    private static PatientId? FirstPatientWithoutEvents(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM patients p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.patient_id = p.id) ORDER BY id LIMIT 1";
        return command.ExecuteScalar() is string id && PatientId.IsValid(id) ? new PatientId(id) : null;
    }
}
