using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>
/// How log events are built from what a clinician enters, whichever front end it comes from: an implant with the
/// patient's new pump, a program with the one it replaces, a refill with the residual the log expected, and the dates a
/// fill leads to.
/// </summary>
internal static class LogEntries
{
    /// <summary>
    /// The refill plan of a fill (as a refill plan computes it), for its alarm and refill-by dates; null with the reason
    /// when it cannot be computed (unknown pump, a protocol limit hit).
    /// </summary>
    /// <param name="protocol">The protocol in force.</param>
    /// <param name="pumpId">The patient's pump model.</param>
    /// <param name="patient">The patient: their population's dose limits, and their withdrawal risk factors (the refill-by date then counts from the protocol's withdrawal-risk alarm volume).</param>
    /// <param name="date">The fill date.</param>
    /// <param name="concentration">The strength filled.</param>
    /// <param name="dose">The programmed daily dose.</param>
    /// <param name="fillVolume">The volume filled.</param>
    /// <param name="whyNot">Why no plan, when it is null.</param>
    /// <param name="compounded">The fill is documented as a compounded product.</param>
    public static RefillPlan? PlanFill(Protocol protocol, string? pumpId, Patient patient, DateOnly date, MassConcentration concentration, MassFlow dose, Volume fillVolume, out string? whyNot, bool compounded = false)
    {
        var pump = pumpId is null ? null : protocol.FindPump(pumpId);
        if (pump is null)
        {
            whyNot = "the patient's pump model is not known";
            return null;
        }

        try
        {
            whyNot = null;
            return RefillCalculator.Plan(
                new RefillRequest(pump, concentration, DailyConsumption.FromDose(dose, concentration), date, patient.Population, fillVolume, WithdrawalRisk: patient.HasWithdrawalRisk, Compounded: compounded),
                protocol);
        }
        catch (Exception e) when (e is InvalidInputException or ProtocolLimitException)
        {
            whyNot = e.Message;
            return null;
        }
    }

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
