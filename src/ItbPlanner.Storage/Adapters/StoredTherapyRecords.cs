using ItbPlanner.Application.Ports;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Snapshots;
using ItbPlanner.Domain.Log.Timeline;

namespace ItbPlanner.Storage.Adapters;

/// <summary>Patients' records through their course snapshots (<see cref="CourseRecords"/>), for the reading use cases.</summary>
/// <param name="connection">The log, opened for reading.</param>
/// <param name="snapshots">The snapshots under the protocol in force.</param>
public sealed class StoredTherapyRecords(LogConnection connection, CourseSnapshots snapshots) : StoredLogReader(connection), ITherapyRecords
{
    /// <inheritdoc/>
    public TherapyRecord Of(PatientId patient) => Run(() => new CourseRecords(Database, snapshots).Of(patient));

    /// <inheritdoc/>
    public IReadOnlyList<TherapyRecord> All() => Run(() => new CourseRecords(Database, snapshots).All());

    /// <inheritdoc/>
    public IReadOnlyList<T> Each<T>(Func<TherapyRecord, T> read) => Run(() => new CourseRecords(Database, snapshots).Each(read));
}
