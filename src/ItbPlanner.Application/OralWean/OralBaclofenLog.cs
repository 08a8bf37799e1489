using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Medication;
using ItbPlanner.Domain.Workflow;

namespace ItbPlanner.Application.OralWean;

/// <summary>
/// Reads oral baclofen from a patient's log (the standing <c>medication</c> events, corrections applied): what is in force
/// at a moment, and whether a wean step may be taken then, and if not, why not in words.
/// </summary>
public static class OralBaclofenLog
{
    /// <summary>
    /// The longest pause after a reduction of oral baclofen for the run of reductions to stay one wean in progress: each
    /// reduction within it of the one before, and the newest within it of the visit. A reduction older than that is a
    /// past dose change, not a wean under way: a new wean starts from the total in force (smaller steps), never from a
    /// total the patient left long ago. 14 days: fourteen times the protocol's 24 h reassessment interval, two weekly
    /// clinic visits missed (the clinic's choice, documented in decisions.md; not in the reference).
    /// </summary>
    public static TimeSpan WeanLapsesAfter { get; } = TimeSpan.FromDays(14);

    /// <summary>
    /// Whether an oral baclofen wean step can be taken at <paramref name="at"/> (default: as the log stands now), with the
    /// oral baclofen in force then; <paramref name="reasons"/> says why not: no oral baclofen in force, a later oral
    /// baclofen entry, or intrathecal therapy suspended or in a withdrawal emergency (oral baclofen is then part of the cover).
    /// </summary>
    public static bool CanWean(PatientFile file, out OralBaclofenInForce? inForce, out IReadOnlyList<string> reasons, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var entries = file.Record.Effective.Where(IsOralBaclofen).ToList();
        var moment = at ?? DateTimeOffset.MaxValue;
        inForce = InForce(entries.Where(e => e.OccurredAt <= moment).ToList(), at);
        if (entries.FirstOrDefault(e => e.OccurredAt > moment) is { } later)
        {
            reasons = [$"a later oral baclofen entry is logged at {later.OccurredAt:yyyy-MM-dd HH:mm} UTC: a wean step follows the newest entry"];
            return false;
        }

        if (inForce is null)
        {
            var newest = entries.LastOrDefault(e => e.OccurredAt <= moment);
            reasons = [newest is null
                ? "no oral baclofen is in force: the patient's log has no oral baclofen entry"
                : $"no oral baclofen is in force: it was stopped at {newest.OccurredAt:yyyy-MM-dd HH:mm} UTC"];
            return false;
        }

        var phase = at is { } then ? file.CourseAt(then)?.Phase : file.Phase;
        if (phase is TherapyPhase.WithdrawalEmergency or TherapyPhase.Suspended)
        {
            reasons = [phase == TherapyPhase.WithdrawalEmergency
                ? "a withdrawal emergency is open: oral baclofen is not weaned until it is resolved"
                : "intrathecal infusion is suspended: oral baclofen is not weaned until it resumes"];
            return false;
        }

        reasons = [];
        return true;
    }

    private static bool IsOralBaclofen(LogEvent e) =>
        e.Kind == EventKind.Medication && e.ReadPayload<MedicationPayload>() is { } medication && ConcomitantDrug.IsOralBaclofen(medication.Drug);

    private static OralBaclofenInForce? InForce(List<LogEvent> entries, DateTimeOffset? at)
    {
        if (entries.Count == 0 || entries[^1].ReadPayload<MedicationPayload>() is not { Dose: { } dose, Every: { } every, Stopped: not true } newest)
        {
            return null;
        }

        // The wean in progress: walk back while each entry's daily total was higher than the one after it, and each
        // reduction came within WeanLapsesAfter of the next one (the newest, of the visit): an older run is a past change.
        var totals = entries.Select(e => e.ReadPayload<MedicationPayload>()!).ToList();
        var first = totals.Count - 1;
        var recent = (at ?? entries[^1].OccurredAt) - entries[^1].OccurredAt <= WeanLapsesAfter;
        while (recent
            && first > 0
            && totals[first - 1].Stopped != true
            && totals[first - 1].DailyTotal > totals[first].DailyTotal
            && (first == totals.Count - 1 || entries[first + 1].OccurredAt - entries[first].OccurredAt <= WeanLapsesAfter))
        {
            first--;
        }

        var weaning = first < totals.Count - 1;
        return new OralBaclofenInForce(
            entries[^1],
            dose,
            every,
            newest.DailyTotal,
            totals[first].DailyTotal,
            weaning ? entries[first + 1].OccurredAt : null);
    }
}
