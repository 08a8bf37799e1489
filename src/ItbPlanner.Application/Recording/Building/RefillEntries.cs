using ItbPlanner.Application.Recording.Entries;
using ItbPlanner.Domain.Log.Payloads;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>
/// A refill: the strength checked, the program it runs under (a new one logged before it, see <see cref="NewStrength"/>),
/// the residual reconciled, the expected residual and the dates defaulted from the log, and the critical findings logged
/// as open alarms after it.
/// </summary>
internal static class RefillEntries
{
    /// <summary>The refill's events.</summary>
    public static EntryBuild Refill(EntryContext context, RefillEntry entry)
    {
        var record = context.Record;
        var pumpId = record.PumpModelId;
        var pump = pumpId is null ? null : context.Protocol.FindPump(pumpId);
        var compounded = PumpEntries.CheckStrength(context, pump, entry.Concentration, entry.Compounded);
        var change = NewStrength.Program(context, entry, pump, compounded);
        var reconciled = RefillReconciliation.Check(context, entry.Aspirated);
        var residual = entry.ExpectedResidual ?? reconciled?.Result.ExpectedResidual ?? LogEntries.ExpectedResidual(record, context.At);
        (DateOnly? Alarm, DateOnly? RefillBy) dates = (entry.AlarmDate, entry.RefillByDate);
        if ((change?.Payload.Dose ?? record.Program?.Dose) is { } dailyDose)
        {
            dates = FillDates.Plan(context, pumpId, entry.Concentration, dailyDose, entry.FillVolume, compounded, dates);
        }

        var payload = new RefillPayload(entry.Aspirated, entry.FillVolume, entry.Concentration, residual, entry.Lot, dates.Alarm, dates.RefillBy, LogEntries.Compounded(compounded));
        var alarms = RefillReconciliation.AlarmsFor(context, entry, reconciled);
        if (change is not { } program)
        {
            return new EntryBuild(payload, alarms.Count == 0 ? null : alarms);
        }

        var (programEvent, bridgeAlarms) = NewStrength.Events(context, entry, program.Payload with { AlarmDate = dates.Alarm, RefillByDate = dates.RefillBy }, program.Bridge);
        return new EntryBuild(payload, [.. alarms, .. bridgeAlarms], [programEvent]);
    }
}
