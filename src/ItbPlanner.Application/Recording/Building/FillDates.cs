using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Recording.Building;

/// <summary>
/// The low-reservoir alarm and refill-by dates of a fill, computed with the refill calculator (as a refill plan is), for
/// implants and refills recorded without dates from the programmer.
/// </summary>
internal static class FillDates
{
    /// <summary>The field the programmer's alarm date is given in.</summary>
    public const string AlarmDateField = "alarm date";

    /// <summary>The field the programmer's refill-by date is given in.</summary>
    public const string RefillByDateField = "refill-by date";

    /// <summary>The dates, or nulls with a notice when they cannot be computed (unknown pump, a limit hit).</summary>
    public static (DateOnly? Alarm, DateOnly? RefillBy) Plan(EntryContext context, string? pumpId, MassConcentration concentration, MassFlow dose, Volume fillVolume, bool compounded = false)
    {
        var plan = LogEntries.PlanFill(context.Protocol, pumpId, context.Record.Patient, context.LocalDate, concentration, dose, fillVolume, out var whyNot, compounded);
        if (plan is null)
        {
            context.Note(
                pumpId is null || context.Protocol.FindPump(pumpId) is null
                    ? "no alarm or refill-by date recorded: the patient's pump model is not known; give the alarm and refill-by dates from the programmer."
                    : $"no alarm or refill-by date recorded: {whyNot}",
                AlarmDateField,
                RefillByDateField);
            return (null, null);
        }

        context.FillPlan = plan;
        return (plan.AlarmDate, plan.RefillByDate);
    }
}
