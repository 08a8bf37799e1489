using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;

namespace ItbPlanner.Application.Ports;

/// <summary>
/// Patients' records as the log stands, read through their course snapshots (a cache beside the log, issue 13): the
/// course, the program in force, the newest fill, alarms and dates, without the events themselves
/// (<see cref="TherapyRecord.Events"/> is empty). For the reads that need only where each patient stands: the schedule,
/// a fill's reconciliation.
/// </summary>
public interface ITherapyRecords
{
    /// <summary>One patient's record.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    TherapyRecord Of(PatientId patient);

    /// <summary>Every patient's record, ordered by id.</summary>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    IReadOnlyList<TherapyRecord> All();

    /// <summary>
    /// What <paramref name="read"/> makes of every patient's record, ordered by id: each record is let go once read, so a
    /// clinic's records are never all held at once (the schedule keeps only each patient's outlook).
    /// </summary>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    IReadOnlyList<T> Each<T>(Func<TherapyRecord, T> read);

    /// <summary>
    /// Compares every course snapshot saved under the protocol in force (or one patient's) with the log: each is rebuilt
    /// from the patient's events up to its head. A snapshot whose head is not in the chain is never used, so not compared.
    /// </summary>
    /// <returns>How many were compared, and one finding (<c>course-snapshot-disagrees</c>) per snapshot the log does not give.</returns>
    /// <exception cref="LogUnavailableException">The log cannot be opened or read.</exception>
    (int Checked, IReadOnlyList<Integrity.LogFinding> Disagreements) Compare(PatientId? patient);
}
