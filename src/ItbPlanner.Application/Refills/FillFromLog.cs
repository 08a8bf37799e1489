using System.Globalization;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.Application.Refills;

/// <summary>
/// The last fill before an aspiration date (implant or refill: volume, concentration, date) and the programmed rates in
/// force since, read from a patient's record, as a reconciliation request. Shared by <c>reconcile</c> from the log, the
/// refill recorded in the log and the terminal UI's refill visit.
/// </summary>
internal static class FillFromLog
{
    /// <summary>The field a patient is named in.</summary>
    public const string PatientField = "patient";

    /// <summary>The reconciliation request, or null with the reason when the record has no fill, program or known pump to compare with.</summary>
    public static ReconciliationRequest? Read(
        TherapyRecord record, Protocol protocol, Volume aspirated, DateOnly date, TimeZoneInfo zone, PatientBolusAllowance? boluses, Volume? bolusesVolume, out string? whyNot)
    {
        var id = record.Patient.Id;
        if (record.Program is not { } program)
        {
            whyNot = $"{id} has no pump program in force (not implanted yet, or explanted); give the last fill instead.";
            return null;
        }

        var interval = FillInterval.Read(record, zone, date.AddDays(-1));
        if (interval is null)
        {
            whyNot = $"{id} has no fill (implant or refill) recorded before {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; give the last fill instead.";
            return null;
        }

        var pumpId = record.PumpModelId;
        if ((pumpId is null ? null : protocol.FindPump(pumpId)) is not { } pump)
        {
            whyNot = $"the pump model of {id} is {(pumpId is null ? "not recorded" : $"'{pumpId}', not in the protocol")}; give the last fill instead.";
            return null;
        }

        // The rate in force on the eve of the visit; while suspended the pump delivered nothing, so every day up to the
        // visit is counted in the volume used and the program's own rate only names the consumption: the program in
        // force on that day (the suspended one), never a program recorded after the visit's date.
        var eve = date.AddDays(-1);
        var inForce = record.ProgramOn(eve, zone) ?? program;
        var last = interval.Segments[^1];
        var reservoir = interval.Fill.Concentration;
        var (consumption, use) = last.Rate > VolumeFlow.Zero
            ? (DailyConsumption.FromProgram(last.Dose, last.Concentration, last.Rate, reservoir), interval.UseAsOf(interval.LastChange))
            : (DailyConsumption.FromProgram(inForce.Dose, inForce.Concentration, inForce.Rate, reservoir), interval.UseAsOf(date));
        var programLine = $"program in force on {eve.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {inForce.Dose.Display()} at {inForce.Concentration.Display()} = {inForce.Rate.Display()} (event {inForce.Seq})"
            + (inForce.Suspended ? ", suspended: nothing delivered while suspended" : string.Empty);
        consumption = consumption with { Working = [$"from the log of patient {id}:", .. interval.Describe(date), programLine, .. consumption.Working] };
        if (boluses is not null)
        {
            consumption = consumption.WithPatientBoluses(boluses, interval.Fill.Concentration);
        }

        whyNot = null;
        return new ReconciliationRequest(pump, interval.Fill.Volume, interval.FillDate, consumption, aspirated, date, bolusesVolume ?? Volume.Zero, use);
    }
}
