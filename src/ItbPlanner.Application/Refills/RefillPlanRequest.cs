using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Refills;

/// <summary>A refill to plan.</summary>
/// <param name="PumpId">The pump model's protocol id.</param>
/// <param name="Concentration">The concentration in the reservoir after the refill.</param>
/// <param name="Consumption">How the reservoir empties.</param>
/// <param name="Date">The refill date (default: today).</param>
/// <param name="Population">Whose dose limits apply (default: adult).</param>
/// <param name="Volume">The volume in the reservoir after the refill (default: the pump's capacity).</param>
/// <param name="AlarmVolume">The low-reservoir alarm volume, overriding the pump's.</param>
/// <param name="Booked">A refill already booked, checked against the alarm and refill-by dates.</param>
/// <param name="WithdrawalRisk">The patient has withdrawal risk factors.</param>
/// <param name="Compounded">The strength is a compounded product.</param>
public sealed record RefillPlanRequest(
    string PumpId,
    MassConcentration Concentration,
    ConsumptionInput Consumption,
    DateOnly? Date = null,
    Population? Population = null,
    Volume? Volume = null,
    Volume? AlarmVolume = null,
    DateOnly? Booked = null,
    bool WithdrawalRisk = false,
    bool Compounded = false);
