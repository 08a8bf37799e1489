using ItbPlanner.App.TherapyLog;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>
/// The low-reservoir alarm and refill-by dates of a fill, computed with the refill calculator (as <c>itb refill</c> does),
/// for implants and refills recorded without dates from the programmer.
/// </summary>
internal static class RecordDates
{
    /// <summary>The dates, or nulls with a note on stderr when they cannot be computed (unknown pump, a limit hit).</summary>
    public static (DateOnly? Alarm, DateOnly? RefillBy) Plan(RecordContext context, string? pumpId, MassConcentration concentration, MassFlow dose, Volume fillVolume, bool compounded = false)
    {
        var plan = LogEntries.PlanFill(context.Protocol, pumpId, context.Timeline.Patient, context.LocalDate, concentration, dose, fillVolume, out var whyNot, compounded);
        if (plan is null)
        {
            context.Note(pumpId is null || context.Protocol.FindPump(pumpId) is null
                ? "no alarm or refill-by date recorded: the patient's pump model is not known (give --alarm-date and --refill-by from the programmer)."
                : $"no alarm or refill-by date recorded: {whyNot}");
            return (null, null);
        }

        return (plan.AlarmDate, plan.RefillByDate);
    }
}
