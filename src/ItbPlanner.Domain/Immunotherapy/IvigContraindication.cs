using System.Globalization;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Domain.Immunotherapy;

/// <summary>
/// IVIG is contraindicated in IgA deficiency (anti-IgA antibodies: anaphylaxis). A patient recorded as IgA-deficient
/// makes an IVIG course a hard stop, checked by the entry builders (command line and UI) and by the log's guard on every
/// new event, replacements included. A log copied with <c>itb log copy</c> is copied verbatim, without the guard: its
/// events were judged when they were first recorded.
/// </summary>
public static class IvigContraindication
{
    /// <summary>
    /// The blocking <c>IVIG_CONTRAINDICATED_IGA_DEFICIENCY</c> alert when the patient's log records them as IgA-deficient
    /// in the patient record in force at the course's moment or in their newest patient record, whatever the course's
    /// date: IgA deficiency is lifelong, and the moment a record was made is when the deficiency was recorded, not when it
    /// began, so a course dated before the record is refused too (a course given before the diagnosis is recorded as a
    /// note). Null when neither record says deficient (not deficient, or not known).
    /// </summary>
    /// <param name="history">The patient's stored events (corrections are applied here).</param>
    /// <param name="at">The course's moment.</param>
    /// <param name="course">The course.</param>
    public static Alert? Breached(IEnumerable<LogEvent> history, DateTimeOffset at, IvigPayload course)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(course);
        var records = CorrectedLog.Effective(history)
            .Where(e => e.Kind is EventKind.PatientRegistered or EventKind.PatientUpdated)
            .OrderBy(e => e.OccurredAt)
            .ThenBy(e => e.Seq)
            .ToList();
        if (records.LastOrDefault(e => e.OccurredAt <= at) is { } atCourse && PatientOf(atCourse) is { IgaDeficient: true } then)
        {
            return Contraindicated(then, course, string.Empty);
        }

        return records.LastOrDefault() is { } newest && PatientOf(newest) is { IgaDeficient: true } now
            ? Contraindicated(now, course, $" (recorded on {newest.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, after the course's date: IgA deficiency is lifelong; record a course given before the diagnosis as a note)")
            : null;
    }

    private static Patient? PatientOf(LogEvent e) => e.ReadPayload() switch
    {
        PatientRegisteredPayload registered => registered.Patient,
        PatientUpdatedPayload updated => updated.Patient,
        _ => null,
    };

    private static Alert Contraindicated(Patient patient, IvigPayload course, string when) => Alert.Critical(
        AlertCodes.IvigContraindicatedIgaDeficiency,
        $"Patient {patient.Id.Value} is recorded as IgA-deficient{when}: IVIG ({course.DosePerKg} × {course.Weight} = {course.Total}) is contraindicated (risk of anaphylaxis). Record a plasma exchange or another therapy, or correct the patient's record if the deficiency was recorded in error.");
}
