using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Refills;

/// <summary>What is known at a refill visit before the reservoir is refilled: the last fill, the program since, and the volume drawn back.</summary>
/// <param name="Pump">The patient's pump model (capacity, accuracy, alarm volume).</param>
/// <param name="FillVolume">The volume put in the reservoir at the last refill.</param>
/// <param name="FillDate">The date of the last refill.</param>
/// <param name="Consumption">The program since the last refill. A patient-bolus allowance in it makes the expected residual a range: from every allowed bolus taken to none.</param>
/// <param name="Aspirated">The volume drawn back from the reservoir today; 0 mL (an empty reservoir) is a valid measurement.</param>
/// <param name="Date">Today: the date of the aspiration.</param>
/// <param name="BolusesVolume">Volume of boluses given since the last refill (bridge, priming, clinician or patient boluses), from the pump's log.</param>
/// <param name="UsedSinceFill">
/// When the program changed after the last refill: the volume the earlier programs delivered up to the change, and its
/// date; <paramref name="Consumption"/> is then the program from that date on. Null when one program ran throughout.
/// </param>
/// <param name="Concentration">
/// The concentration in the reservoir, when given: it is held to the stocked strengths and the pump's label as a fill is.
/// Null when it comes from the log (it was checked when the fill was recorded).
/// </param>
/// <param name="Compounded">The fill is documented as a compounded product: a strength the pharmacy does not stock only warns.</param>
public sealed record ReconciliationRequest(
    PumpModel Pump,
    Volume FillVolume,
    DateOnly FillDate,
    DailyConsumption Consumption,
    Volume Aspirated,
    DateOnly Date,
    Volume BolusesVolume = default,
    ReservoirUse? UsedSinceFill = null,
    MassConcentration? Concentration = null,
    bool Compounded = false);
