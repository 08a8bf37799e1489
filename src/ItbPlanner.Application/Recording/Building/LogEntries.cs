using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>
/// How log events are built from what a clinician enters, whichever front end it comes from: an implant with the
/// patient's new pump, a program with the one it replaces, a refill with the residual the log expected, and the dates a
/// fill leads to.
/// </summary>
internal static class LogEntries
{
    /// <summary>The implant event, followed by a <c>patient-updated</c> event when the implant changes the patient's pump or catheter.</summary>
    public static IReadOnlyList<NewEvent> Implant(Patient patient, ImplantPayload implant, DateTimeOffset at, string author, string? reason = null)
    {
        var updated = patient with { PumpModelId = implant.PumpModelId, Catheter = implant.Catheter ?? patient.Catheter };
        var main = new NewEvent(patient.Id, at, author, implant, reason);
        return updated == patient
            ? [main]
            : [main, new NewEvent(patient.Id, at, author, new PatientUpdatedPayload(updated), $"pump {implant.PumpModelId} implanted")];
    }

    /// <summary>A new program, recording the program in force it replaces.</summary>
    public static DoseProgramPayload DoseProgram(
        ProgramInForce? before,
        MassFlow dose,
        MassConcentration concentration,
        VolumeFlow? rate = null,
        DeliveryMode? mode = null,
        string? overrideReason = null,
        DateOnly? alarmDate = null,
        DateOnly? refillByDate = null,
        DosePhase? phase = null) =>
        new(
            dose,
            concentration,
            rate ?? dose.VolumeFlowAt(concentration),
            mode ?? before?.Mode ?? DeliveryMode.SimpleContinuous,
            before?.Dose,
            before?.Concentration,
            before?.Rate,
            before?.Mode,
            overrideReason,
            alarmDate,
            refillByDate,
            phase);

    /// <summary>The residual the log expects in the reservoir at a moment (never below 0 mL), or null before the first fill.</summary>
    public static Volume? ExpectedResidual(TherapyRecord record, DateTimeOffset at) =>
        record.ReservoirAt(at) is { } estimate ? Volume.Max(estimate, Volume.Zero) : null;

    /// <summary>The payload's <c>compounded</c> field: true, or absent (null) so that an ordinary fill serialises as before.</summary>
    public static bool? Compounded(bool compounded) => compounded ? true : null;
}
