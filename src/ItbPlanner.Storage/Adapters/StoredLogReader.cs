using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Storage.Adapters;

/// <summary>
/// The application's <see cref="ITherapyLogReader"/> on the log (SQLite or PostgreSQL): patients and events, read without ever creating a
/// log (unless the connection was already opened for recording). Storage failures become <see cref="LogUnavailableException"/>.
/// </summary>
/// <param name="connection">The invocation's log.</param>
public class StoredLogReader(LogConnection connection) : ITherapyLogReader
{
    /// <inheritdoc/>
    public string Location => connection.Path;

    /// <summary>Whether this adapter reads only (a missing log is not created).</summary>
    protected virtual bool Reading => true;

    /// <summary>The open database.</summary>
    protected LogDatabase Database => connection.Open(Reading);

    /// <inheritdoc/>
    public bool IsRegistered(PatientId patient) => Run(() => new PatientStore(Database).Exists(patient));

    /// <inheritdoc/>
    public PatientRegistration Registration(PatientId patient) => Run(() => Map(new PatientStore(Database).Get(patient)));

    /// <inheritdoc/>
    public IReadOnlyList<PatientRegistration> Patients() => Run(() => new PatientStore(Database).All().Select(Map).ToArray());

    /// <inheritdoc/>
    public IReadOnlyList<LogEvent> Events(PatientId patient, EventQuery? query = null) =>
        Run(() => new EventStore(Database).Events(patient, Filter(query)));

    /// <inheritdoc/>
    public IEnumerable<LogEvent> Stream(PatientId patient, EventQuery? query = null)
    {
        var rows = Run(() => new EventStore(Database).Stream(patient, Filter(query)).GetEnumerator());
        using (rows)
        {
            while (Run(rows.MoveNext))
            {
                yield return rows.Current;
            }
        }
    }

    /// <inheritdoc/>
    public long Count(PatientId patient, EventQuery? query = null) => Run(() => new EventStore(Database).Count(patient, Filter(query)));

    /// <inheritdoc/>
    public (IReadOnlySet<long> Voided, IReadOnlySet<long> Late) Marks(PatientId patient) => Run(() =>
    {
        var marks = new EventStore(Database).Marks(patient);
        return (marks.Voided, marks.Late);
    });

    /// <inheritdoc/>
    public LogEvent? Head(PatientId patient) => Run(() => new EventStore(Database).Head(patient));

    /// <summary>Runs a storage call, turning a storage failure into the application's one-line <see cref="LogUnavailableException"/>.</summary>
    protected static T Run<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return work();
        }
        catch (StorageException e)
        {
            throw new LogUnavailableException(e.Message, e);
        }
    }

    private static EventFilter? Filter(EventQuery? query) =>
        query is null ? null : new EventFilter(query.Since, query.Kinds) { Newest = query.Newest, InOccurrenceOrder = query.InOccurrenceOrder };

    private static PatientRegistration Map(RegisteredPatient registered) => new(registered.Patient, registered.RegisteredAt, registered.Events);
}
