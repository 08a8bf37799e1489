using System.Globalization;
using ItbPlanner.Domain.Immunotherapy;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Medication;

namespace ItbPlanner.App.Output.Views;

/// <summary>One line saying what an event records, with units, for tables, CSV and reports.</summary>
internal static class EventSummary
{
    /// <summary>Describes an event, its figures in full; a payload that cannot be read is said to be so (run <c>itb log verify</c>).</summary>
    public static string Describe(LogEvent e) => Describe(e, FigureStyle.Full);

    /// <summary>Describes an event with its figures in a style (the bedside app rounds them to what a clinician acts on).</summary>
    public static string Describe(LogEvent e, FigureStyle style)
    {
        ArgumentNullException.ThrowIfNull(e);
        string text;
        try
        {
            text = Describe(e.ReadPayload(), style);
        }
        catch (EventPayloadException)
        {
            text = "(payload unreadable: run itb log verify)";
        }

        var prefix = e.CorrectsSeq is { } corrected && e.Kind != EventKind.Correction ? $"replaces #{corrected}: " : string.Empty;
        return OneLine(prefix + text);
    }

    /// <summary>Describes a payload, its figures in full.</summary>
    public static string Describe(EventPayload payload) => Describe(payload, FigureStyle.Full);

    /// <summary>Describes a payload with its figures in a style.</summary>
    public static string Describe(EventPayload payload, FigureStyle f) => payload switch
    {
        PatientRegisteredPayload registered => Describe(registered.Patient),
        PatientUpdatedPayload updated => Describe(updated.Patient),
        ScreeningScheduledPayload booked => Join($"booked for {Date(booked.Date)}", booked.Notes),
        ImplantScheduledPayload booked => Join($"booked for {Date(booked.Date)}", booked.Notes),
        ScreeningBolusPayload bolus => Join(
            f.Of(bolus.Dose)
                + (bolus.Volume is { } v && bolus.Concentration is { } c ? $" ({f.Of(v)} at {f.Of(c)})" : bolus.Concentration is { } only ? $" at {f.Of(only)}" : string.Empty),
            bolus.Route is { } route ? LogCodes.Code(route) : null,
            bolus.BolusNumber is { } n ? $"bolus {n.ToString(CultureInfo.InvariantCulture)}" : null),
        AssessmentPayload assessment => Join(
            string.Join("; ", assessment.Scores.Select(s => $"{s.Scale} {s.Score}" + (s.Site is null ? string.Empty : $" ({s.Site})"))),
            assessment.AfterBolus is { } after ? $"{f.Of(after)} after bolus" : null,
            assessment.Notes),
        ScreeningOutcomePayload outcome => Join(
            LogCodes.Code(outcome.Outcome),
            outcome.EffectiveDose is { } dose ? $"effective {f.Of(dose)}" : null,
            outcome.EffectDuration is { } effect ? $"effect {f.Of(effect)}" : null,
            outcome.AdverseReaction ? "adverse reaction" : null),
        ImplantPayload implant => Join(
            $"{implant.PumpModelId} filled {f.Of(implant.FillVolume)} at {f.Of(implant.Concentration)}",
            implant.Compounded == true ? "compounded" : null,
            $"{f.Of(implant.Dose)} ({f.Of(implant.Rate ?? implant.Dose.VolumeFlowAt(implant.Concentration))}{f.Of(implant.Mode)})",
            Dates(implant.AlarmDate, implant.RefillByDate)),
        DoseProgramPayload program => Join(
            $"{f.Of(program.Dose)} at {f.Of(program.Concentration)} ({f.Of(program.Rate ?? program.Dose.VolumeFlowAt(program.Concentration))}{f.Of(program.Mode)})",
            program.PreviousDose is { } before ? $"was {f.Of(before)}" : null,
            program.OverrideReason is { } why ? $"limit overridden: {why}" : null,
            Dates(program.AlarmDate, program.RefillByDate)),
        RefillPayload refill => Join(
            $"aspirated {f.Of(refill.Aspirated)}" + (refill.ExpectedResidual is { } expected ? $" (expected {f.Of(expected)})" : string.Empty),
            $"filled {f.Of(refill.FillVolume)} at {f.Of(refill.Concentration)}",
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
                : $"{ConcomitantDrug.Display(medication.Drug)} {(medication.Dose is { } dose ? f.Oral(dose) : null)} every {(medication.Every is { } every ? f.Of(every) : null)} = {f.Oral(medication.DailyTotal)}",
            medication.Notes),
        IvigPayload ivig => Join(
            $"IVIG {ivig.DosePerKg} × {ivig.Weight} = {ivig.Total.Display()} over {CourseSpan.Days(ivig.Days)} ({ivig.PerDay.Display()}/day)",
            ivig.Notes),
        PlasmaExchangePayload exchange => Join(
            $"plasma exchange: {exchange.Sessions.ToString(CultureInfo.InvariantCulture)} sessions every {CourseSpan.Text(exchange.Every)}, the last {CourseSpan.Text(exchange.LastSession)} after the first",
            exchange.Notes),
        WithdrawalEmergencyPayload emergency => Join($"withdrawal: {emergency.Symptoms}", emergency.Action),
        _ => payload.Kind.ToString(),
    };

    /// <summary>Describes a patient's details.</summary>
    public static string Describe(Patient patient) => Join(
        patient.Label,
        LogCodes.Code(patient.Population),
        LogCodes.Code(patient.Origin),
        patient.PumpModelId is { } pump ? $"pump {pump}" : null,
        patient.HasWithdrawalRisk ? "withdrawal risk: " + string.Join(", ", patient.WithdrawalRiskFactors.Select(LogCodes.Code)) : null,
        IgaDeficiency(patient));

    /// <summary>"IgA-deficient (IVIG contraindicated)", "not IgA-deficient", or nothing when not known.</summary>
    public static string? IgaDeficiency(Patient patient) => patient.IgaDeficient switch
    {
        true => "IgA-deficient (IVIG contraindicated)",
        false => "not IgA-deficient",
        null => null,
    };

    /// <summary>A date as YYYY-MM-DD.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Dates stored with an event are what was recorded then (from the programmer or at recording), never today's dates.
    private static string? Dates(DateOnly? alarm, DateOnly? refillBy) => Join(
        alarm is { } a ? $"recorded alarm {Date(a)}" : null,
        refillBy is { } r ? $"recorded refill by {Date(r)}" : null) is { Length: > 0 } text ? text : null;

    private static string Join(params string?[] parts) => string.Join("; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string OneLine(string text) => string.Join(" / ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
