using ItbPlanner.App.TherapyLog;
using ItbPlanner.App.Tui.Records;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.App.Tui.Models;

/// <summary>
/// The alarm and refill-by dates after a program change between refills: the refill calculator run from the moment of
/// the change on the residual the log expects, with the refill-by date held to the drug-stability limit counted from the
/// last fill (not from the change).
/// </summary>
/// <param name="AlarmDate">The new low-reservoir alarm date, when it can be computed.</param>
/// <param name="RefillByDate">The new refill-by date, when it can be computed.</param>
/// <param name="Alerts">The refill calculator's findings.</param>
/// <param name="Working">How the dates were found.</param>
internal sealed record ProgramDates(DateOnly? AlarmDate, DateOnly? RefillByDate, IReadOnlyList<Alert> Alerts, IReadOnlyList<string> Working)
{
    /// <summary>Estimates the dates for a new dose at a moment.</summary>
    public static ProgramDates Estimate(Protocol protocol, PatientFile file, DateTimeOffset at, DateOnly date, DateOnly lastFillDate, MassFlow dose, MassConcentration concentration)
    {
        var residual = LogEntries.ExpectedResidual(file.Timeline, at);
        if (residual is not { } volume || file.Pump is null)
        {
            return new ProgramDates(null, null, [], ["No dates: the log has no fill or no known pump to estimate from; take them from the pump programmer."]);
        }

        var plan = LogEntries.PlanFill(protocol, file.Pump.Id, file.Patient.Population, date, concentration, dose, volume, out var whyNot);
        if (plan is null)
        {
            return new ProgramDates(null, null, [Alert.Critical(AlertCodes.RefillIntervalTooShort, $"The reservoir holds about {volume.Display()}: {whyNot} Refill now.")], [$"Residual the log expects now: {volume.Display()}."]);
        }

        var stability = protocol.Refill.StabilityLimitDays;
        var stableUntil = new ClinicCalendar(protocol.Refill.ClinicDays.Value).LatestClinicDayOnOrBefore(lastFillDate.AddDays(stability.Value));
        var refillBy = plan.RefillByDate < stableUntil ? plan.RefillByDate : stableUntil;
        return new ProgramDates(
            plan.AlarmDate,
            refillBy,
            plan.Alerts,
            [
                $"Residual the log expects now: {volume.Display()} (the last fill less the programmed rates since).",
                .. plan.Working,
                $"Drug stability is counted from the last fill on {lastFillDate:yyyy-MM-dd}: {stability.Cite()} → latest clinic day {stableUntil:yyyy-MM-dd}; refill by the earlier, {refillBy:yyyy-MM-dd}.",
            ]);
    }
}
