using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Titration;

/// <summary>One dose change proposed at a refill visit. Immutable.</summary>
/// <param name="From">The current daily dose.</param>
/// <param name="To">The proposed daily dose (zero stops the drug: an abrupt decrease).</param>
/// <param name="Origin">The rule set (spinal, cerebral, pediatric).</param>
/// <param name="Population">Whose dose limits apply (null: children for a pediatric origin, adults otherwise).</param>
/// <param name="OverrideReason">Why a change beyond the maintenance limits is intended; allows it and is echoed in the result.</param>
public sealed record MaintenanceChangeRequest(MassFlow From, MassFlow To, TitrationOrigin Origin, Population? Population = null, string? OverrideReason = null);
