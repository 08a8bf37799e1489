using System.Globalization;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Medication;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Output.Views;

/// <summary>One line saying what an event records, with units, for tables, CSV and reports.</summary>
internal static class EventSummary
{
    /// <summary>Describes an event; a payload that cannot be read is said to be so (run <c>itb log verify</c>).</summary>
    public static string Describe(LogEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        string text;
        try
        {
            text = Describe(e.ReadPayload());
        }
        catch (EventPayloadException)
        {
            text = "(payload unreadable: run itb log verify)";
        }

        var prefix = e.CorrectsSeq is { } corrected && e.Kind != EventKind.Correction ? $"replaces #{corrected}: " : string.Empty;
        return OneLine(prefix + text);
    }

    /// <summary>Describes a payload.</summary>
    public static string Describe(EventPayload payload) => payload switch
    {
        PatientRegisteredPayload registered => Describe(registered.Patient),
        PatientUpdatedPayload updated => Describe(updated.Patient),
        ScreeningScheduledPayload booked => Join($"booked for {Date(booked.Date)}", booked.Notes),
        ImplantScheduledPayload booked => Join($"booked for {Date(booked.Date)}", booked.Notes),
        ScreeningBolusPayload bolus => Join(
            bolus.Dose.Display()
                + (bolus.Volume is { } v && bolus.Concentration is { } c ? $" ({v.Display()} at {c.Display()})" : bolus.Concentration is { } only ? $" at {only.Display()}" : string.Empty),
            bolus.Route is { } route ? LogCodes.Code(route) : null,
            bolus.BolusNumber is { } n ? $"bolus {n.ToString(CultureInfo.InvariantCulture)}" : null),
        AssessmentPayload assessment => Join(
            string.Join("; ", assessment.Scores.Select(s => $"{s.Scale} {s.Score}" + (s.Site is null ? string.Empty : $" ({s.Site})"))),
            assessment.AfterBolus is { } after ? $"{after.Display()} after bolus" : null,
            assessment.Notes),
        ScreeningOutcomePayload outcome => Join(
            LogCodes.Code(outcome.Outcome),
            outcome.EffectiveDose is { } dose ? $"effective {dose.Display()}" : null,
            outcome.EffectDuration is { } effect ? $"effect {effect.Display()}" : null,
            outcome.AdverseReaction ? "adverse reaction" : null),
        ImplantPayload implant => Join(
            $"{implant.PumpModelId} filled {implant.FillVolume.Display()} at {implant.Concentration.Display()}",
            implant.Compounded == true ? "compounded" : null,
            $"{implant.Dose.Display()} ({(implant.Rate ?? implant.Dose.VolumeFlowAt(implant.Concentration)).Display()}, {LogCodes.Code(implant.Mode)})",
            Dates(implant.AlarmDate, implant.RefillByDate)),
        DoseProgramPayload program => Join(
            $"{program.Dose.Display()} at {program.Concentration.Display()} ({(program.Rate ?? program.Dose.VolumeFlowAt(program.Concentration)).Display()}, {LogCodes.Code(program.Mode)})",
            program.PreviousDose is { } before ? $"was {before.Display()}" : null,
            program.OverrideReason is { } why ? $"limit overridden: {why}" : null,
            Dates(program.AlarmDate, program.RefillByDate)),
        RefillPayload refill => Join(
            $"aspirated {refill.Aspirated.Display()}" + (refill.ExpectedResidual is { } expected ? $" (expected {expected.Display()})" : string.Empty),
            $"filled {refill.FillVolume.Display()} at {refill.Concentration.Display()}",
            refill.Compounded == true ? "compounded" : null,
            refill.Lot is { } lot ? $"lot {lot}" : null,
            Dates(refill.AlarmDate, refill.RefillByDate)),
        AlarmRaisedPayload alarm => Join(alarm.AlertCode is { } code ? $"{LogCodes.Code(alarm.Alarm)} {code}" : LogCodes.Code(alarm.Alarm), alarm.Details),
        ProgramTransferredPayload transferred => Join($"plan #{transferred.PlanSeq.ToString(CultureInfo.InvariantCulture)} transferred to the pump", transferred.Notes),
        AlarmAcknowledgedPayload acknowledged => Join($"alarm #{acknowledged.AlarmSeq.ToString(CultureInfo.InvariantCulture)} acknowledged", acknowledged.Action),
        NotePayload note => note.Text,
        CorrectionPayload correction => Join("entered in error", correction.Note),
        TherapySuspendedPayload suspended => Join("infusion suspended", suspended.Notes),
        TherapyResumedPayload resumed => Join("infusion resumed", resumed.Notes),
        ExplantPayload explant => Join("pump removed", explant.Notes),
        CandidacyDeclinedPayload declined => $"not a candidate for an implant: {declined.Reason}",
        MedicationPayload medication => Join(
            medication.Stopped == true
                ? $"{ConcomitantDrug.Display(medication.Drug)} stopped"
                : $"{ConcomitantDrug.Display(medication.Drug)} {medication.Dose?.ToUnit(MassUnit.Milligram).Display()} every {medication.Every?.Display()} = {medication.DailyTotal.Display()}",
            medication.Notes),
        WithdrawalEmergencyPayload emergency => Join($"withdrawal: {emergency.Symptoms}", emergency.Action),
        _ => payload.Kind.ToString(),
    };

    /// <summary>Describes a patient's details.</summary>
    public static string Describe(Patient patient) => Join(
        patient.Label,
        LogCodes.Code(patient.Population),
        LogCodes.Code(patient.Origin),
        patient.PumpModelId is { } pump ? $"pump {pump}" : null,
        patient.HasWithdrawalRisk ? "withdrawal risk: " + string.Join(", ", patient.WithdrawalRiskFactors.Select(LogCodes.Code)) : null);

    /// <summary>A date as YYYY-MM-DD.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Dates stored with an event are what was recorded then (from the programmer or at recording), never today's dates.
    private static string? Dates(DateOnly? alarm, DateOnly? refillBy) => Join(
        alarm is { } a ? $"recorded alarm {Date(a)}" : null,
        refillBy is { } r ? $"recorded refill by {Date(r)}" : null) is { Length: > 0 } text ? text : null;

    private static string Join(params string?[] parts) => string.Join("; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string OneLine(string text) => string.Join(" / ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
