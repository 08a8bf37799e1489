using ItbPlanner.Domain.Quantities;

namespace ItbPlanner.Domain.Protocols;

/// <summary>How an aspirated residual is compared with the expected one at a refill.</summary>
/// <param name="AbsoluteTolerance">A discrepancy beyond this is flagged whatever the pump's accuracy (2 mL).</param>
public sealed record ReconciliationRules(Setting<Volume> AbsoluteTolerance);
