using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Workflow;
using ItbPlanner.Domain.Workflow.Events;

namespace ItbPlanner.Application.Visits;

/// <summary>
/// "May this happen now, and if not, why not?" for a patient's visits and course actions, asked of the course the log
/// tells (as it stood at the moment asked about, so an entry made after the fact is judged as the log's guard judges it).
/// The terminal UI asks it to offer or refuse a visit; recording a refill asks it before anything is logged, so the
/// command line and the UI give one answer.
/// </summary>
public static class VisitAvailability
{
    /// <summary>Whether a visit can start now (or at <paramref name="at"/>); <paramref name="reasons"/> says why not.</summary>
    public static bool Can(PatientFile file, Visit visit, out IReadOnlyList<string> reasons, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Can(file.Record, visit, out reasons, at);
    }

    /// <summary>Whether a visit can happen to the patient whose log <paramref name="record"/> reads, as the log stood at <paramref name="at"/> (default: now).</summary>
    public static bool Can(TherapyRecord record, Visit visit, out IReadOnlyList<string> reasons, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (at is { } moment && record.Effective.FirstOrDefault(e => e.Kind == EventKind.PatientRegistered) is { } registration && moment < registration.OccurredAt)
        {
            reasons = ["not before the patient's registration"];
            return false;
        }

        record = at is { } then ? record.At(then) : record;
        if (record.Course is not { } course)
        {
            reasons = [record.CourseProblem ?? "the course could not be read from the log"];
            return false;
        }

        var phase = course.Phase;
        switch (visit)
        {
            case Visit.Screening:
                reasons = [$"the screening trial is over (phase: {PhaseText.Of(phase)})"];
                return phase == TherapyPhase.Candidate || course.IsIn(TherapyPhase.ScreeningPhases);
            case Visit.Implant:
                if (phase == TherapyPhase.ScreeningPositive)
                {
                    reasons = [];
                    return true;
                }

                return record.Can(TherapyAction.RecordImplant, out reasons) || NotIn(phase, "an implant follows a positive screening", out reasons);
            case Visit.Titration:
                if (!course.IsIn(TherapyPhase.ImplantedPhases))
                {
                    return NotIn(phase, "the dose is titrated once a pump is implanted and running", out reasons);
                }

                return record.Can(TherapyAction.ChangeDose, out reasons);
            default:
                // The workflow's own question, the one the log's guard asks: a refill needs a pump in place, during a
                // withdrawal emergency too.
                return record.Can(TherapyAction.Refill, out reasons);
        }
    }

    /// <summary>Whether a course action is possible now; <paramref name="reasons"/> says why not, in the workflow's terms.</summary>
    public static bool Can(PatientFile file, CourseAction action, out IReadOnlyList<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (trigger, why) = action switch
        {
            CourseAction.Suspend => (TherapyAction.Suspend, "infusion is suspended only while a pump is running"),
            CourseAction.Resume => (TherapyAction.Resume, "infusion resumes only after a suspension"),
            CourseAction.DeclareWithdrawal => (TherapyAction.DeclareWithdrawalEmergency, "a withdrawal emergency is declared only for a patient with a pump"),
            CourseAction.ResolveWithdrawal => (TherapyAction.ResolveWithdrawalEmergency, "only a declared withdrawal emergency is resolved"),
            CourseAction.Explant => (TherapyAction.Explant, "only an implanted pump is explanted"),
            _ => (TherapyAction.DeclareNotACandidate, "a patient is declared not a candidate only before an implant"),
        };
        if (file.Can(trigger, out var unmet))
        {
            reasons = [];
            return true;
        }

        reasons = file.Course is null ? unmet : [$"{why} (phase: {PhaseText.Of(file.Course.Phase)})"];
        return false;
    }

    /// <summary>Whether the implant can be recorded at <paramref name="at"/> at <paramref name="startDose"/> (it may follow a positive screening directly).</summary>
    public static bool CanImplant(Protocol protocol, PatientFile file, MassFlow startDose, DateTimeOffset at, DateOnly implantDay, out IReadOnlyList<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Course is not { } course)
        {
            reasons = [file.CourseProblem ?? "the course could not be read from the log"];
            return false;
        }

        if (course.Phase == TherapyPhase.ScreeningPositive)
        {
            // The implant books itself: an implant may follow a positive screening directly.
            course = course.Copy();
            course.Restore(new ImplantBooked(at, implantDay));
        }

        return course.CanRecordImplant(startDose, at, out reasons);
    }

    private static bool NotIn(TherapyPhase phase, string what, out IReadOnlyList<string> reasons)
    {
        reasons = [$"{what} (phase: {PhaseText.Of(phase)})"];
        return false;
    }
}
