using ItbPlanner.Application.Patients;
using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Refills;
using ItbPlanner.Domain.Scheduling;

namespace ItbPlanner.Application.Titration;

/// <summary>
/// The alarm and refill-by dates after a program change between refills, computed as the clinic schedule will compute
/// them once the change is logged: the last fill, the volume used at the programmed rates up to the day of the change,
/// then the new rate (the drug-stability limit still counts from the fill).
/// </summary>
/// <param name="AlarmDate">The new low-reservoir alarm date, when it can be computed.</param>
/// <param name="RefillByDate">The new refill-by date, when it can be computed.</param>
/// <param name="Alerts">The refill calculator's findings.</param>
/// <param name="Working">How the dates were found.</param>
public sealed record ProgramDates(DateOnly? AlarmDate, DateOnly? RefillByDate, IReadOnlyList<Alert> Alerts, IReadOnlyList<string> Working)
{
    /// <summary>Estimates the dates for a new program (a daily dose at a concentration) from a day on.</summary>
    public static ProgramDates Estimate(Protocol protocol, PatientFile file, DateOnly date, TimeZoneInfo zone, MassFlow dose, MassConcentration concentration)
    {
        var interval = FillInterval.Read(file.Record, zone, date);
        if (interval is null || file.Pump is null)
        {
            return new ProgramDates(null, null, [], ["No dates: the log has no fill or no known pump; take them from the pump programmer."]);
        }

        try
        {
            var fill = interval.Fill;
            var plan = RefillCalculator.Plan(
                new RefillRequest(file.Pump, fill.Concentration, DailyConsumption.FromProgram(dose, concentration, dose.VolumeFlowAt(concentration), fill.Concentration), interval.FillDate, file.Patient.Population, fill.Volume, UsedSinceFill: interval.UseAsOf(date), WithdrawalRisk: file.Patient.HasWithdrawalRisk, Compounded: fill.Compounded, FillRecorded: true),
                protocol);
            return new ProgramDates(plan.AlarmDate, plan.RefillByDate, plan.Alerts, [.. interval.Describe(date), .. plan.Working]);
        }
        catch (Exception e) when (e is InvalidInputException or ProtocolLimitException)
        {
            return new ProgramDates(null, null, [Alert.Critical(AlertCodes.RefillIntervalTooShort, $"No refill dates for the new program: {e.Message} Refill now.")], []);
        }
    }
}
