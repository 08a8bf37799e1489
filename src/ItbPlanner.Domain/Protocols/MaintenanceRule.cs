using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>Limits on one dose change at a refill visit, for one origin.</summary>
/// <param name="Origin">Which patients the rule applies to.</param>
/// <param name="MaximumIncrease">Largest increase at one visit (cerebral 20 %, spinal 40 %).</param>
/// <param name="MaximumDecrease">Largest decrease at one visit; beyond it is an abrupt decrease (withdrawal risk).</param>
public sealed record MaintenanceRule(TitrationOrigin Origin, Setting<Percentage> MaximumIncrease, Setting<Percentage> MaximumDecrease);
