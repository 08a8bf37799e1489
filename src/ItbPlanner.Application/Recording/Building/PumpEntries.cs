using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Protocols;
using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Dosing;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>The pump's entries: implant, programs, program transfers, explant.</summary>
internal static class PumpEntries
{
    /// <summary>The field a plan event is named in.</summary>
    public const string PlanField = "plan";

    /// <summary>The implant, with the patient's new pump and catheter; dates computed from the fill unless the programmer's are given.</summary>
    public static EntryBuild Implant(EntryContext context, ImplantEntry entry)
    {
        var patient = context.Record.Patient;
        var model = ProtocolLookup.Pump(context.Protocol, entry.PumpId);
        var compounded = CheckStrength(context, model, entry.Concentration, entry.Compounded);
        var details = new PatientDetailsChange(CatheterId: entry.CatheterId, CatheterLengthCm: entry.CatheterLengthCm, CatheterTip: entry.CatheterTip);
        var updated = details.ApplyTo(patient with { PumpModelId = model.Id }, context.Protocol);
        var dates = FillDates.Plan(context, model.Id, entry.Concentration, entry.Dose, entry.FillVolume, compounded, (entry.AlarmDate, entry.RefillByDate));
        var payload = new ImplantPayload(
            model.Id,
            entry.FillVolume,
            entry.Concentration,
            entry.Dose,
            entry.Rate ?? entry.Dose.VolumeFlowAt(entry.Concentration),
            entry.Mode ?? DeliveryMode.SimpleContinuous,
            entry.Serial,
            updated.Catheter,
            dates.Item1,
            dates.Item2,
            LogEntries.Compounded(compounded));
        var companions = LogEntries.Implant(patient, payload, context.At, context.Author).Skip(1).ToArray();
        return new EntryBuild(payload, companions.Length == 0 ? null : companions);
    }

    /// <summary>A new program, with the program in force it replaces.</summary>
    public static EntryBuild DoseProgram(EntryContext context, DoseProgramEntry entry)
    {
        var before = context.Record.Program;
        var concentration = entry.Concentration ?? before?.Concentration
            ?? throw new InvalidInputException("concentration", "no program is in force yet to take the concentration from; give the concentration in the reservoir.");
        if (entry.AlarmDate is null && context.Record.Dates is not null)
        {
            context.Note(
                "the alarm and refill-by dates recorded earlier no longer hold after this change; give the programmer's alarm and refill-by dates, or plan the refill again.",
                FillDates.AlarmDateField,
                FillDates.RefillByDateField);
        }

        return LogEntries.DoseProgram(before, entry.Dose, concentration, entry.Rate, entry.Mode, entry.OverrideReason, entry.AlarmDate, entry.RefillByDate, entry.Phase);
    }

    /// <summary>A plan entered into the pump: the newest pending plan unless one is named.</summary>
    public static EntryBuild Transfer(EntryContext context, ProgramTransferEntry entry)
    {
        var seq = entry.PlanSeq ?? context.Record.PendingTransfer?.Seq
            ?? throw new InvalidInputException(PlanField, $"Patient {context.PatientId} has no plan waiting to be transferred; name the plan event.");
        var planned = context.History.SingleOrDefault(e => e.Seq == seq);
        return planned?.Kind is EventKind.Implant or EventKind.DoseProgram or EventKind.Refill
            ? new ProgramTransferredPayload(seq, entry.Notes)
            : throw new InvalidInputException(PlanField, $"event {seq} of patient {context.PatientId} is not an implant, dose-program or refill.");
    }

    /// <summary>
    /// Holds the strength filled to the stocked strengths and the pump's label (a protocol limit refuses it); a compounded
    /// product's warning becomes a notice. Returns whether the fill is recorded as compounded.
    /// </summary>
    /// <exception cref="ProtocolLimitException">The strength is not one a pump may be filled with.</exception>
    public static bool CheckStrength(EntryContext context, PumpModel? pump, MassConcentration concentration, bool compounded)
    {
        var alerts = new List<Alert>();
        ConcentrationCheck.Apply(context.Protocol, pump, concentration, compounded, alerts, []);
        foreach (var alert in alerts)
        {
            context.Warn(alert);
        }

        return compounded;
    }
}
