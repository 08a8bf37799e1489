using ItbPlanner.Domain.Log.Timeline;

namespace ItbPlanner.Domain.Log.Snapshots;

/// <summary>
/// A guard that can judge an event against the patient's record as the log stands (resumed from a course snapshot), so
/// the store need not read the patient's whole log to append.
/// </summary>
public interface ICourseGuard : IEventGuard
{
    /// <summary>The snapshots under the guard's protocol.</summary>
    CourseSnapshots Snapshots { get; }

    /// <summary>
    /// Judges a candidate against the record of the log as it stands (from <see cref="CourseSnapshots"/>), as
    /// <see cref="IEventGuard.Check"/> judges it against the whole history; false when the record cannot judge it (an entry
    /// dated before an event already logged, which must be judged with every later event: then call <see cref="IEventGuard.Check"/>).
    /// </summary>
    /// <exception cref="Errors.ProtocolLimitException">The candidate is refused.</exception>
    bool TryCheck(NewEvent candidate, TherapyRecord current);
}
