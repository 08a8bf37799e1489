using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Flex;

/// <summary>A flex schedule to check.</summary>
/// <param name="Schedule">The steps.</param>
/// <param name="Concentration">The concentration in the reservoir.</param>
/// <param name="Pump">The pump, for its step limit and minimum rate; without one the strictest step limit in the protocol applies.</param>
/// <param name="Population">Whose dose limits apply.</param>
/// <param name="Origin">The patient's origin, for its usual range (adult cerebral 90–703 mcg/day); null: the population's.</param>
public sealed record FlexRequest(FlexSchedule Schedule, MassConcentration Concentration, PumpModel? Pump = null, Population Population = Population.Adult, TitrationOrigin? Origin = null);
