using ItbPlanner.Domain.Alerts;
using ItbPlanner.Domain.Refills;

namespace ItbPlanner.Application.Refills;

/// <summary>A reconciliation: the calculator's request and result, and every alert (a flex schedule's included).</summary>
/// <param name="Request">What was reconciled.</param>
/// <param name="Result">The expected residual, the discrepancy and the findings.</param>
/// <param name="Alerts">The result's alerts with any flex schedule's.</param>
public sealed record Reconciled(ReconciliationRequest Request, ReconciliationResult Result, IReadOnlyList<Alert> Alerts);
