using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Refills;

/// <summary>What a nurse knows at a refill: the pump, what goes in it, how fast it empties, and the date.</summary>
/// <param name="Pump">The pump model (from the protocol).</param>
/// <param name="Concentration">The drug concentration in the reservoir after the refill.</param>
/// <param name="Consumption">How fast the reservoir empties.</param>
/// <param name="RefillDate">The date of the refill.</param>
/// <param name="Population">Whose dose limits apply.</param>
/// <param name="FillVolume">Drug volume in the reservoir after the refill; null means the pump's capacity.</param>
/// <param name="AlarmVolume">Overrides the pump's low-reservoir alarm volume; null means the protocol's.</param>
/// <param name="BookedDate">A refill already booked, to check against the dates; null when none.</param>
/// <param name="UsedSinceFill">
/// The reservoir part-way through this fill, when the consumption changed after the fill (dates are then projected from
/// the change); null plans from the fill itself.
/// </param>
/// <param name="WithdrawalRisk">
/// The patient has withdrawal risk factors: when the alarm volume is below the protocol's withdrawal-risk alarm volume, the
/// refill-by date counts from that higher volume (<c>ALARM_VOLUME_BELOW_RISK_SETTING</c>); the pump's alarm date is unchanged.
/// </param>
/// <param name="Compounded">The fill is documented as a compounded product: a strength the pharmacy does not stock only warns.</param>
/// <param name="FillRecorded">
/// The fill is already in the pump and recorded in the log (the schedule, a program change between refills): its strength
/// is reported on, never refused, since the dates must still be computed from what the reservoir holds.
/// </param>
public sealed record RefillRequest(
    PumpModel Pump,
    MassConcentration Concentration,
    DailyConsumption Consumption,
    DateOnly RefillDate,
    Population Population = Population.Adult,
    Volume? FillVolume = null,
    Volume? AlarmVolume = null,
    DateOnly? BookedDate = null,
    ReservoirUse? UsedSinceFill = null,
    bool WithdrawalRisk = false,
    bool Compounded = false,
    bool FillRecorded = false);
