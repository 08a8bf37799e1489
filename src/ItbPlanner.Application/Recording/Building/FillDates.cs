using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>
/// A fill as the log takes it: checked by the refill calculator itself (the same code a refill plan runs: the fill
/// within the pump's capacity, a rate the pump can deliver, a dose within the ceiling, a strength the pump takes), so the
/// log never accepts what the calculator refuses; and its low-reservoir alarm and refill-by dates, computed as a refill
/// plan computes them unless the programmer's are given.
/// </summary>
internal static class FillDates
{
    /// <summary>The field the programmer's alarm date is given in.</summary>
    public const string AlarmDateField = "alarm date";

    /// <summary>The field the programmer's refill-by date is given in.</summary>
    public const string RefillByDateField = "refill-by date";

    /// <summary>
    /// Checks the fill with the refill calculator and returns the dates to record: the programmer's when given, else the
    /// computed ones; nulls with a notice when the pump model is not known (nothing to check against).
    /// </summary>
    /// <exception cref="Domain.Errors.InvalidInputException">An impossible fill: above the capacity, not above the alarm volume.</exception>
    /// <exception cref="Domain.Errors.ProtocolLimitException">A hard limit: a rate the pump cannot deliver, a dose above the ceiling.</exception>
    public static (DateOnly? Alarm, DateOnly? RefillBy) Plan(
        EntryContext context, string? pumpId, MassConcentration concentration, MassFlow dose, Volume fillVolume, bool compounded, (DateOnly? Alarm, DateOnly? RefillBy) given)
    {
        var pump = pumpId is null ? null : context.Protocol.FindPump(pumpId);
        if (pump is null)
        {
            if (given is (null, null))
            {
                context.Note("no alarm or refill-by date recorded: the patient's pump model is not known; give the alarm and refill-by dates from the programmer.", AlarmDateField, RefillByDateField);
            }

            return given;
        }

        var patient = context.Record.Patient;
        var plan = RefillCalculator.Plan(
            new RefillRequest(pump, concentration, DailyConsumption.FromDose(dose, concentration), context.LocalDate, patient.Population, fillVolume, WithdrawalRisk: patient.HasWithdrawalRisk, Compounded: compounded),
            context.Protocol);
        context.FillPlan = plan;
        return given is (null, null) ? (plan.AlarmDate, plan.RefillByDate) : given;
    }
}
