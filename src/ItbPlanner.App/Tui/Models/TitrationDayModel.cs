using ItbPlanner.Application.Titration;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Domain.Titration;

namespace ItbPlanner.App.Tui.Models;

/// <summary>What the titration wizard shows before the user confirms or adjusts a step.</summary>
/// <param name="Current">The daily dose in force.</param>
/// <param name="Plan">The plan from the current dose to the target within the origin's limits.</param>
/// <param name="Proposed">The next step of the plan, if any.</param>
/// <param name="ProposedDecision">What the limits say about that step now.</param>
/// <param name="Limits">The rule in words: step sizes and interval.</param>
internal sealed record TitrationDayModel(MassFlow Current, TitrationPlan Plan, TitrationStep? Proposed, DoseDecision? ProposedDecision, string Limits);
