using ItbPlanner.Application.Integrity;
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

    /// <inheritdoc/>
    public (int Checked, IReadOnlyList<LogFinding> Disagreements) Compare(PatientId? patient) => Run(() =>
    {
        var (compared, disagreeing) = new CourseRecords(Database, snapshots).Compare(patient);
        return (compared, (IReadOnlyList<LogFinding>)[.. disagreeing.Select(d => new LogFinding(
            "course-snapshot-disagrees",
            $"patient {d.Patient}: the course snapshot saved at event {d.Seq} is not what their log gives up to that event; it was written outside itb, and the workflow guard and the schedule would have believed it. It is a cache: delete it (DELETE FROM course_snapshots WHERE patient_id = '{d.Patient}') and the next read rebuilds it from the log.",
            d.Patient,
            d.Seq))]);
    });
}
