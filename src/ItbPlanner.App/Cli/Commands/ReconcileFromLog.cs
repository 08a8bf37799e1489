using ItbPlanner.App.Output.Views;
using ItbPlanner.App.TherapyLog;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Log.Timeline;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.App.Cli.Commands;

/// <summary>
/// <c>itb reconcile --patient ID</c>: the last fill before the aspiration date (implant or refill: volume, concentration,
/// date) and the programmed rates in force since, read from the log, as a reconciliation request.
/// </summary>
internal static class ReconcileFromLog
{
    /// <summary>The fill, pump and program since, with the working that says where they came from.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The patient is not registered.</exception>
    /// <exception cref="UserInputException">No fill before the date, no program in force, or no known pump.</exception>
    public static (PumpModel Pump, FillInterval Interval, DailyConsumption Consumption, ReservoirUse? Use) Read(
        LogAccess log, Protocol protocol, PatientId id, DateOnly date, TimeZoneInfo zone, PatientBolusAllowance? boluses)
    {
        _ = log.Patients.Get(id);
        var timeline = TherapyRecord.Read(protocol, log.Events.Events(id));
        if (timeline.Program is not { } program)
        {
            throw new UserInputException($"--patient: {id} has no pump program in force (not implanted yet, or explanted); give the fill options instead.");
        }

        var interval = FillInterval.Read(timeline, zone, date.AddDays(-1))
            ?? throw new UserInputException($"--patient: {id} has no fill (implant or refill) recorded before {date:yyyy-MM-dd}; give the fill options instead.");
        var pumpId = timeline.Patient.PumpModelId ?? timeline.Effective.LastOrDefault(e => e.Kind == EventKind.Implant)?.ReadPayload<ImplantPayload>()?.PumpModelId;
        var pump = (pumpId is null ? null : protocol.FindPump(pumpId))
            ?? throw new UserInputException($"--patient: the pump model of {id} is {(pumpId is null ? "not recorded" : $"'{pumpId}', not in the protocol")}; give the fill options instead.");

        // The rate in force on the eve of the visit; while suspended the pump delivered nothing, so every day up to the
        // visit is counted in the volume used and the program's own rate only names the consumption: the program in
        // force on that day (the suspended one), never a program recorded after the visit's date.
        var eve = date.AddDays(-1);
        var inForce = timeline.ProgramOn(eve, zone) ?? program;
        var last = interval.Segments[^1];
        var reservoir = interval.Fill.Concentration;
        var (consumption, use) = last.Rate > VolumeFlow.Zero
            ? (DailyConsumption.FromProgram(last.Dose, last.Concentration, last.Rate, reservoir), interval.UseAsOf(interval.LastChange))
            : (DailyConsumption.FromProgram(inForce.Dose, inForce.Concentration, inForce.Rate, reservoir), interval.UseAsOf(date));
        var programLine = $"program in force on {EventSummary.Date(eve)}: {inForce.Dose.Display()} at {inForce.Concentration.Display()} = {inForce.Rate.Display()} (event {inForce.Seq})"
            + (inForce.Suspended ? ", suspended: nothing delivered while suspended" : string.Empty);
        consumption = consumption with { Working = [$"from the log of patient {id}:", .. interval.Describe(date), programLine, .. consumption.Working] };
        if (boluses is not null)
        {
            consumption = consumption.WithPatientBoluses(boluses, interval.Fill.Concentration);
        }

        return (pump, interval, consumption, use);
    }

    /// <summary>Reconciles an aspirated residual against the patient's last fill and program, as <c>itb reconcile --patient</c> does.</summary>
    /// <exception cref="UserInputException">No fill, no program in force, or no known pump.</exception>
    public static (ReconciliationRequest Request, ReconciliationResult Result) Reconcile(
        LogAccess log, Protocol protocol, PatientId id, Volume aspirated, DateOnly date, TimeZoneInfo zone, PatientBolusAllowance? boluses = null, Volume? bolusesVolume = null)
    {
        var (pump, interval, daily, use) = Read(log, protocol, id, date, zone, boluses);
        var request = new ReconciliationRequest(pump, interval.Fill.Volume, interval.FillDate, daily, aspirated, date, bolusesVolume ?? Volume.Zero, use);
        return (request, ReconciliationCalculator.Reconcile(protocol, request));
    }
}
