using System.Data.Common;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Storage.Internal;

namespace ItbPlanner.Storage;

/// <summary>
/// Registers patients and reads their current details. A patient is registered once (a row in <c>patients</c> and their
/// <c>patient-registered</c> event, sequence 1, in one transaction); their details then change only by
/// <c>patient-updated</c> events appended through <see cref="EventStore"/>, so every version stays in the hash chain.
/// Reading takes everything from the events (the hash chain): who is registered is who has events, when from their
/// registration event. The <c>patients</c> table only anchors the foreign key; deleting or editing a row there hides
/// nobody, and <see cref="LogVerifier.Audit"/> reports it.
/// </summary>
/// <param name="database">The open log.</param>
public sealed class PatientStore(LogDatabase database)
{
    private const string DetailsKinds = "('patient-registered', 'patient-updated')";

    private readonly LogDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Registers a patient; returns their registration event.</summary>
    /// <exception cref="InvalidInputException">The id is taken, or the details are invalid.</exception>
    /// <exception cref="StorageException">The database cannot be written.</exception>
    public LogEvent Register(Patient patient, DateTimeOffset occurredAt, string author, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var registration = new NewEvent(patient.Id, occurredAt, author, new PatientRegisteredPayload(patient), reason);
        return database.Write([patient.Id], connection =>
        {
            if (EventRows.Head(connection, patient.Id) is not null || Exists(connection, patient.Id))
            {
                throw new InvalidInputException("id", $"Patient '{patient.Id}' is already registered; choose another id, or record a patient-updated event to change their details.");
            }

            var sealedEvent = registration.Seal(1, database.Clock.GetUtcNow(), EventHash.Genesis);
            using (var insert = connection.CreateCommand())
            {
                insert.CommandText = "INSERT INTO patients (id, registered_at) VALUES (@id, @at)";
                insert.AddParameter("@id", patient.Id.Value);
                insert.AddParameter("@at", LogTimestamp.Format(sealedEvent.RecordedAt));
                insert.ExecuteNonQuery();
            }

            using var insertEvent = EventRows.PrepareInsert(connection);
            EventRows.Insert(insertEvent, sealedEvent);
            return sealedEvent;
        });
    }

    /// <summary>Whether a patient is registered (has events, or a row in <c>patients</c>).</summary>
    public bool Exists(PatientId patient) => database.Read(connection => Exists(connection, patient));

    /// <summary>A patient's current details, or null when not registered.</summary>
    /// <exception cref="StorageException">The database cannot be read, or the details event is damaged.</exception>
    public RegisteredPatient? Find(PatientId patient) => Query("WHERE h.patient_id = @id", patient).SingleOrDefault();

    /// <summary>A patient's current details.</summary>
    /// <exception cref="InvalidInputException">The patient is not registered.</exception>
    public RegisteredPatient Get(PatientId patient) =>
        Find(patient) ?? throw new InvalidInputException("patient", $"No patient '{patient}' in {database.Path}; 'itb patient list' shows who is registered.");

    /// <summary>Every registered patient with current details, ordered by id.</summary>
    public IReadOnlyList<RegisteredPatient> All() => Query(string.Empty, null);

    private List<RegisteredPatient> Query(string where, PatientId? patient) => database.Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT h.patient_id, r.recorded_at, d.seq, d.kind, d.payload, h.head"
            + " FROM (SELECT patient_id, max(seq) AS head FROM events GROUP BY patient_id) h"
            + " LEFT JOIN events r ON r.patient_id = h.patient_id AND r.seq = 1 AND r.kind = 'patient-registered'"
            + " LEFT JOIN events d ON d.patient_id = h.patient_id AND d.seq ="
            + $" (SELECT max(x.seq) FROM events x WHERE x.patient_id = h.patient_id AND x.kind IN {DetailsKinds})"
            + $" {where} ORDER BY h.patient_id";
        if (patient is { } id)
        {
            command.AddParameter("@id", id.Value);
        }

        using var reader = command.ExecuteReader();
        var patients = new List<RegisteredPatient>();
        while (reader.Read())
        {
            patients.Add(ReadPatient(reader));
        }

        return patients;
    });

    private RegisteredPatient ReadPatient(DbDataReader reader)
    {
        var id = reader.GetValue(0) as string ?? "(no id)";
        if (reader.IsDBNull(1) || reader.IsDBNull(2))
        {
            throw new StorageException(
                database.Path,
                $"{database.Path}: patient {id} has events but no readable registration (their first event was removed or changed); the log is damaged: run 'itb log verify'.",
                isDamage: true);
        }

        var seq = reader.GetInt64(2);
        try
        {
            var kind = LogCodes.Parse<EventKind>(reader.GetString(3));
            var details = LogJson.Deserialize(kind, reader.GetString(4)) switch
            {
                PatientRegisteredPayload registered => registered.Patient,
                PatientUpdatedPayload updated => updated.Patient,
                var other => throw new EventPayloadException(kind, $"a {other.GetType().Name} holds no patient details"),
            };
            return new RegisteredPatient(details, LogTimestamp.Parse(reader.GetString(1)), reader.GetInt64(5));
        }
        catch (Exception e) when (e is FormatException or InvalidInputException)
        {
            throw new StorageException(database.Path, $"{database.Path}: the details of patient {id} (event {seq}) cannot be read: {e.Message} Run 'itb log verify'.", e);
        }
    }

    private static bool Exists(DbConnection connection, PatientId patient)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM events WHERE patient_id = @id UNION ALL SELECT 1 FROM patients WHERE id = @id LIMIT 1";
        command.AddParameter("@id", patient.Value);
        return command.ExecuteScalar() is not null;
    }
}
