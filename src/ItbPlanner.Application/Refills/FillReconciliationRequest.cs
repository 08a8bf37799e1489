using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Application.Refills;

/// <summary>A residual to reconcile against a fill given in full (not read from the log).</summary>
/// <param name="PumpId">The pump model's protocol id.</param>
/// <param name="FillVolume">The volume put in at the last refill.</param>
/// <param name="FillDate">The date of the last refill.</param>
/// <param name="Concentration">The concentration in the reservoir since.</param>
/// <param name="Consumption">How the reservoir emptied since.</param>
/// <param name="Aspirated">The residual drawn back (0 mL is a measurement: an empty reservoir).</param>
/// <param name="Date">The date of the aspiration (default: today).</param>
/// <param name="BolusesVolume">The volume of boluses given since (bridge, priming, clinician).</param>
/// <param name="Population">Whose dose limits apply (default: adult).</param>
/// <param name="Compounded">The fill was a compounded product.</param>
public sealed record FillReconciliationRequest(
    string PumpId,
    Volume FillVolume,
    DateOnly FillDate,
    MassConcentration Concentration,
    ConsumptionInput Consumption,
    Volume Aspirated,
    DateOnly? Date = null,
    Volume? BolusesVolume = null,
    Population? Population = null,
    bool Compounded = false);
