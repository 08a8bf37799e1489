using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.App.Cli.Commands.Record;

/// <summary>
/// The low-reservoir alarm and refill-by dates of a fill, computed with the refill calculator (as <c>itb refill</c> does),
/// for implants and refills recorded without dates from the programmer.
/// </summary>
internal static class RecordDates
{
    /// <summary>The dates, or nulls with a note on stderr when they cannot be computed (unknown pump, a limit hit).</summary>
    public static (DateOnly? Alarm, DateOnly? RefillBy) Plan(RecordContext context, string? pumpId, MassConcentration concentration, MassFlow dose, Volume fillVolume)
    {
        var pump = pumpId is null ? null : context.Protocol.FindPump(pumpId);
        if (pump is null)
        {
            context.Note("no alarm or refill-by date recorded: the patient's pump model is not known (give --alarm-date and --refill-by from the programmer).");
            return (null, null);
        }

        try
        {
            var plan = RefillCalculator.Plan(
                new RefillRequest(pump, concentration, DailyConsumption.FromDose(dose, concentration), context.LocalDate, context.Timeline.Patient.Population, fillVolume),
                context.Protocol);
            return (plan.AlarmDate, plan.RefillByDate);
        }
        catch (Exception e) when (e is InvalidInputException or ProtocolLimitException)
        {
            context.Note($"no alarm or refill-by date recorded: {e.Message}");
            return (null, null);
        }
    }
}
